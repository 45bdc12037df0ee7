import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { list, nameFilter } from '../graphql/args';
import { keysetWindow, PageArgs } from '../graphql/connection';
import { PlaceConnection } from '../graphql/connections';
import { badInput } from '../graphql/errors';
import { EntitySort, SortDirection } from '../graphql/enums';
import { ClaimStance, Figure } from '../claim/claim.type';
import { EntityOrder, PlaceFilter } from '../entity/entity.inputs';
import { Place, type EntityRecord } from '../entity/entity.type';
import { Participation, Position } from '../entity/relationship.type';

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => PlaceConnection, { description: 'Places, by name (default) or number of connections.' })
  places(
    @Arg('filter', () => PlaceFilter, { nullable: true }) filter: PlaceFilter | undefined,
    @Arg('orderBy', () => EntityOrder, { nullable: true }) order: EntityOrder | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (order?.sort === EntitySort.START_DATE) throw badInput('orderBy.sort', 'START_DATE applies to events only');
    return ctx.entities.listPlaces(
      {
        nameKey: nameFilter('filter.name', filter?.name),
        placeTypes: list(filter?.placeTypes),
        withinId: filter?.withinId ?? null,
      },
      { sort: order?.sort ?? EntitySort.NAME, direction: order?.direction ?? SortDirection.ASC },
      keysetWindow(page, ctx.config.limits.maxPageSize),
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
