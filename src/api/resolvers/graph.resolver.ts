import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { boundedInt } from '../../core/args';
import { RelationshipType } from '../types/enums';
import { limitExceeded } from '../../core/errors';
import { Source } from '../types/source.type';
import { Neighborhood, Path, PathHop } from '../types/graph.type';
import type { HopRecord } from '../../model/graph.model';

/** Provenance links and mentions pull in articles; left out unless asked for. */
const DEFAULT_TYPES = Object.values(RelationshipType).filter((t) => t !== 'SOURCED_FROM' && t !== 'MENTIONS');

@Resolver()
export class GraphResolver {
  @Query(() => Neighborhood, {
    nullable: true,
    description: 'Nodes and edges within depth hops (at most 3) of a node; null for an unknown id.',
  })
  neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('relationshipTypes', () => [RelationshipType], {
      nullable: true,
      description: 'Default: every fact relationship (not SOURCED_FROM or MENTIONS).',
    })
    types: string[] | undefined,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'Most nodes returned, the start included.' })
    limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    boundedInt('depth', depth, 1, 3);
    const max = ctx.config.limits.maxNeighborhoodNodes;
    if (limit > max) throw limitExceeded('neighborhood nodes', max, limit);
    boundedInt('limit', limit, 1, max);
    return ctx.graph.neighborhood(id, depth, types?.length ? types : DEFAULT_TYPES, limit);
  }

  @Query(() => [Path], {
    description: 'Shortest paths between two entities, each hop with its relationship and direction.',
  })
  paths(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: '1 to 6.' }) maxHops: number,
    @Arg('limit', () => Int, { defaultValue: 10, description: 'Most paths returned (1 to 50).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    boundedInt('maxHops', maxHops, 1, 6);
    boundedInt('limit', limit, 1, 50);
    return ctx.graph.paths(fromId, toId, maxHops, limit);
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => [Source])
  sources(@Root() hop: HopRecord) {
    return hop.sources;
  }
}
