import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { list } from '../../core/args';
import { nameFilter } from '../../model/names';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { PlaceConnection } from '../types/connections';
import { badInput } from '../../core/errors';
import { EntitySort, SortDirection } from '../types/enums';
import { ClaimStance, Figure } from '../types/claim.type';
import { EntityOrder, PlaceFilter } from '../types/entity.inputs';
import { Place } from '../types/entity.type';
import { Participation, Position } from '../types/relationship.type';
import type { EntityRecord } from '../../model/entity.model';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, by name (default) or number of connections.' })
  places(
    @Arg('filter', () => PlaceFilter, { nullable: true, description: 'Which places; default all.' })
    filter: PlaceFilter | undefined,
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
      'PLACE',
      {
        nameKey: nameFilter('filter.name', filter?.name),
        placeTypes: list(filter?.placeTypes),
        withinId: filter?.withinId ?? null,
        bordersId: filter?.borders ?? null,
      },
      sort,
      keysetWindow(`places:${sort.sort}:${sort.direction}`, page, ctx.config.limits.maxPageSize),
    );
  }

  @FieldResolver(() => Place, {
    nullable: true,
    description: 'The place this one lies within (district → province → country).',
  })
  parent(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.parentOf(p.id);
  }

  @FieldResolver(() => [Place], { description: 'Places directly within this one.' })
  children(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.childrenOf(p.id);
  }

  @FieldResolver(() => [Figure], { description: 'Figures for this place or places within it.' })
  figures(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.figuresOfPlace(p.id);
  }

  @FieldResolver(() => [Participation], {
    description: 'Events a country took part in as an actor (mediator, party ...).',
  })
  participations(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.participationsOf(p.id);
  }

  @FieldResolver(() => [ClaimStance], { description: 'Claims a country asserted or denied.' })
  stances(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.stancesBy(p.id);
  }

  @FieldResolver(() => [Position], { description: 'People holding offices of a country.' })
  officeHolders(@Root() p: EntityRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.officeHoldersOf(p.id);
  }
}
