import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../context';
import { dateRange, list } from '../../core/args';
import { keysetWindow } from '../../core/keyset';
import { PageArgs } from '../types/connection.type';
import { ClaimConnection } from '../types/connections';
import { ClaimKind, SortDirection, Stance } from '../types/enums';
import { Entity, Event, Place } from '../types/entity.type';
import { Source } from '../types/source.type';
import { Claim, ClaimStance, Figure } from '../types/claim.type';
import type { ClaimRecord, FigureRecord, StanceRecord } from '../../model/claim.model';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true })
  claim(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(id);
  }

  @Query(() => ClaimConnection, {
    description:
      'Who asserted what and who denied it. about: an entity, or a place including places within it (also ' +
      'through the ' +
      "claims' figures); speaker and stance: claims that actor asserted (or denied). Newest first by default.",
  })
  claims(
    @Arg('about', () => ID, { nullable: true }) about: string | undefined,
    @Arg('speaker', () => ID, { nullable: true }) speaker: string | undefined,
    @Arg('stance', () => Stance, { nullable: true }) stance: string | undefined,
    @Arg('kinds', () => [ClaimKind], { nullable: true }) kinds: string[] | undefined,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | undefined,
    @Arg('direction', () => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.claims.list(
      {
        aboutId: about ?? null,
        speakerId: speaker ?? null,
        stance: stance ?? null,
        kinds: list(kinds),
        ...dateRange(from, to),
      },
      direction,
      keysetWindow(page, ctx.config.limits.maxPageSize),
    );
  }

  @FieldResolver(() => [ClaimStance], { description: 'Every actor asserting or denying it.' })
  stances(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.stancesOf(c.id);
  }

  @FieldResolver(() => [ClaimStance])
  async assertedBy(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return (await ctx.claims.stancesOf(c.id)).filter((s) => s.stance === 'ASSERTS');
  }

  @FieldResolver(() => [ClaimStance])
  async deniedBy(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return (await ctx.claims.stancesOf(c.id)).filter((s) => s.stance === 'DENIES');
  }

  @FieldResolver(() => [Entity], { description: 'What the claim is about.' })
  about(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.subjectsOf(c.id);
  }

  @FieldResolver(() => [Figure])
  figures(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.figuresOf(c.id);
  }

  @FieldResolver(() => [Source], { description: 'The articles that reported the claim.' })
  sources(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.sourcesOf(c.id);
  }
}

@Resolver(() => ClaimStance)
export class ClaimStanceResolver {
  @FieldResolver(() => Entity, { description: 'A person, organization or country.' })
  actor(@Root() s: StanceRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.findById(s.actorId);
  }

  @FieldResolver(() => Claim)
  claim(@Root() s: StanceRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(s.claimId);
  }

  @FieldResolver(() => [Source])
  sources(@Root() s: StanceRecord) {
    return s.sources;
  }
}

@Resolver(() => Figure)
export class FigureResolver {
  @FieldResolver(() => Claim, {
    nullable: true,
    description: "The claim stating it (and so its speaker); null for a figure in the article's own voice.",
  })
  claim(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.claimId ? ctx.claims.findById(f.claimId) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  place(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.placeId ? ctx.entities.findById(f.placeId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'For scope EVENT: the event counted.' })
  event(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.eventId ? ctx.entities.findById(f.eventId) : null;
  }

  @FieldResolver(() => [Source])
  sources(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.sourcesOf(f.id);
  }
}
