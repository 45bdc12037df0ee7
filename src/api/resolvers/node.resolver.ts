import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { limitExceeded } from '../../core/errors';
import type { GraphQLContext } from '../context';
import { Node } from '../types/node.type';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id: an entity of any kind, a claim, an article or a figure (the Relay refetch entry ' +
      'point). Null when nothing has exactly that id, an id merged into another entity included (entity(id:) ' +
      'follows merges).',
  })
  node(
    @Arg('id', () => ID, { description: 'The id, e.g. "claim:…" or "person:…".' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.nodes.find(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Objects by id, in the order asked, null for each unknown id. Ids of one kind are read together: one ' +
      'database round trip per kind, however many ids. At most MAX_PAGE_SIZE ids.',
  })
  nodes(@Arg('ids', () => [ID], { description: 'The ids, of any kinds.' }) ids: string[], @Ctx() ctx: GraphQLContext) {
    const max = ctx.config.limits.maxPageSize;
    if (ids.length > max) throw limitExceeded('ids', max, ids.length);
    return ctx.nodes.findMany(ids);
  }
}
