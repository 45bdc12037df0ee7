import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { list } from '../../core/args';
import { nameFilter } from '../../model/names';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { OrganizationConnection } from '../types/connections';
import { badInput } from '../../core/errors';
import { EntitySort, SortDirection } from '../types/enums';
import { ClaimStance } from '../types/claim.type';
import { EntityOrder, OrganizationFilter } from '../types/entity.inputs';
import { Organization } from '../types/entity.type';
import { Participation, Position } from '../types/relationship.type';
import type { EntityRecord } from '../../model/entity.model';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Organizations, by name (default) or number of connections.' })
  organizations(
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Which organizations; default all.' })
    filter: OrganizationFilter | undefined,
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
      'ORGANIZATION',
      {
        nameKey: nameFilter('filter.name', filter?.name),
        orgTypes: list(filter?.orgTypes),
        placeId: filter?.placeId ?? null,
      },
      sort,
      keysetWindow(`organizations:${sort.sort}:${sort.direction}`, page, ctx.config.limits.maxPageSize),
    );
  }

  @FieldResolver(() => [Position], { description: 'People holding its offices.' })
  officeHolders(@Root() o: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.officeHoldersOf(o.id);
  }

  @FieldResolver(() => [Participation], { description: 'Events taken part in, oldest first.' })
  participations(@Root() o: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.participationsOf(o.id);
  }

  @FieldResolver(() => [ClaimStance], { description: 'Claims asserted or denied, newest first.' })
  stances(@Root() o: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.stancesBy(o.id);
  }
}
