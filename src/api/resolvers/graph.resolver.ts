import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { boundedInt } from '../../core/args';
import { RelationshipType } from '../types/enums';
import { limitExceeded } from '../../core/errors';
import { Source } from '../types/source.type';
import { Neighborhood, PathHop } from '../types/graph.type';
import { PathSearch } from '../types/path-search.type';
import { selectedFields } from '../selection';
import type { HopRecord } from '../../model/graph.model';

/** The deepest path search: far beyond any chain an analyst follows, still a bounded loop. */
const PATH_MAX_HOPS = 16;
/** Relationships a path search examines by default, and at most when asked. */
const PATH_BUDGET = 20_000;
const PATH_MAX_BUDGET = 200_000;

/** Provenance links and mentions pull in articles; left out unless asked for. */
const DEFAULT_TYPES = Object.values(RelationshipType).filter((t) => t !== 'SOURCED_FROM' && t !== 'MENTIONS');

@Resolver()
export class GraphResolver {
  @Query(() => Neighborhood, {
    nullable: true,
    description: 'Nodes and edges within depth hops (at most 3) of a node; null for an unknown id.',
  })
  neighborhood(
    @Arg('id', () => ID, { description: 'The node to start from: an entity, claim, figure or article id.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'Hops from the start (1 to 3).' }) depth: number,
    @Arg('relationshipTypes', () => [RelationshipType], {
      nullable: true,
      description: 'Default: every fact relationship (not SOURCED_FROM or MENTIONS).',
    })
    types: string[] | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Most nodes returned, the start included.' })
    limit: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    boundedInt('depth', depth, 1, 3);
    const max = ctx.config.limits.maxNeighborhoodNodes;
    if (limit > max) throw limitExceeded('neighborhood nodes', max, limit);
    boundedInt('limit', limit, 1, max);
    const withEdges = selectedFields(info).has('edges');
    return ctx.graph.neighborhood(id, depth, types?.length ? types : DEFAULT_TYPES, limit, withEdges);
  }

  @Query(() => PathSearch, {
    description:
      'Shortest paths between two entities over fact relationships, each hop with its relationship and direction. ' +
      'The search walks from both ends at once and is bounded by cost, not by a small hop count: it goes as deep ' +
      'as maxHops while it has examined fewer relationships than budget, and says so (stoppedEarly) when the ' +
      'budget ran out first.',
  })
  paths(
    @Arg('fromId', () => ID, { description: 'One end.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The other end.' }) toId: string,
    @Arg('maxHops', () => Int, {
      defaultValue: PATH_MAX_HOPS,
      description: `Longest path looked for (1 to ${PATH_MAX_HOPS}).`,
    })
    maxHops: number,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'Most paths returned (1 to 50).' }) limit: number,
    @Arg('budget', () => Int, {
      defaultValue: PATH_BUDGET,
      description: `Most relationships the search may examine (100 to ${PATH_MAX_BUDGET}).`,
    })
    budget: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    boundedInt('maxHops', maxHops, 1, PATH_MAX_HOPS);
    boundedInt('limit', limit, 1, 50);
    boundedInt('budget', budget, 100, PATH_MAX_BUDGET);
    return ctx.graph.paths(fromId, toId, maxHops, limit, budget);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => [Source], { description: 'The articles that reported the relationship of this step.' })
  sources(@Root() hop: HopRecord) {
    return hop.sources;
  }
}
