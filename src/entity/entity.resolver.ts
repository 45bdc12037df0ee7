import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Entity, type EntityRecord } from './entity.type';

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'One entity of any kind by id; null when none has that id.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<EntityRecord | null> {
    return ctx.entities.findById(id);
  }
}
