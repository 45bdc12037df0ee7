import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { nameFilter } from '../../model/names';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { PersonConnection } from '../types/connections';
import { badInput } from '../../core/errors';
import { EntitySort, SortDirection } from '../types/enums';
import { ClaimStance } from '../types/claim.type';
import { EntityOrder, PersonFilter } from '../types/entity.inputs';
import { Person } from '../types/entity.type';
import { Participation, Position } from '../types/relationship.type';
import type { EntityRecord } from '../../model/entity.model';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'People, by name (default) or number of connections.' })
  people(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people; default all.' })
    filter: PersonFilter | undefined,
    @Arg('orderBy', () => EntityOrder, {
      nullable: true,
      description: 'Sort order; default NAME ascending (START_DATE is refused).',
    })
    order: EntityOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (order?.sort === EntitySort.START_DATE) throw badInput('orderBy.sort', 'START_DATE applies to events only');
    const sort = { sort: order?.sort ?? EntitySort.NAME, direction: order?.direction ?? SortDirection.ASC };
    return ctx.entities.list(
      'PERSON',
      { nameKey: nameFilter('filter.name', filter?.name), organizationId: filter?.organizationId ?? null },
      sort,
      keysetWindow(`people:${sort.sort}:${sort.direction}`, page, ctx.config.limits.maxPageSize),
    );
  }

  @FieldResolver(() => [Position], { description: 'Offices held, with dates where known.' })
  positions(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.positionsOf(p.id);
  }

  @FieldResolver(() => [Participation], { description: 'Events taken part in, oldest first.' })
  participations(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.participationsOf(p.id);
  }

  @FieldResolver(() => [ClaimStance], { description: 'Claims asserted or denied, newest first.' })
  stances(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.stancesBy(p.id);
  }
}
