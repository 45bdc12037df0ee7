import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { GraphQLContext } from '../context';
import { dateRange, list } from '../../core/args';
import { keysetWindow } from '../../core/keyset';
import { badInput } from '../../core/errors';
import { buildTextQuery } from '../../read/entity/search.query';
import { PageArgs } from '../types/connection.type';
import { ClaimConnection } from '../types/connections';
import { ClaimKind, SortDirection, Stance } from '../types/enums';
import { Entity, Event, Place } from '../types/entity.type';
import { Article, Source } from '../types/source.type';
import { Claim, ClaimStance, Figure } from '../types/claim.type';
import { ClaimConflict, Speaker } from '../types/account.type';
import type { ClaimRecord, FigureRecord, StanceRecord } from '../../model/claim.model';
import type { ClaimConflictRecord } from '../../read/account/account.repository';

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true, description: 'One claim by id; null when none has that id.' })
  claim(@Arg('id', () => ID, { description: 'The claim\'s id ("claim:…").' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(id);
  }

  @Query(() => ClaimConnection, {
    description:
      'Who asserted what and who denied it. about: an entity, or a place including places within it (also ' +
      'through the ' +
      "claims' figures); speaker and stance: claims that actor asserted (or denied). Newest first by default.",
  })
  claims(
    @Arg('about', () => ID, {
      nullable: true,
      description: 'Claims about this entity; for a place, also about places within it.',
    })
    about: string | undefined,
    @Arg('speaker', () => ID, { nullable: true, description: 'Claims this actor asserted or denied.' })
    speaker: string | undefined,
    @Arg('stance', () => Stance, {
      nullable: true,
      description: 'With speaker: only claims the speaker took this stance on; alone: claims someone took it on.',
    })
    stance: string | undefined,
    @Arg('kinds', () => [ClaimKind], { nullable: true, description: 'Only claims of these kinds.' })
    kinds: string[] | undefined,
    @Arg('from', () => GraphQLLocalDate, { nullable: true, description: 'Claims dated on or after this day.' })
    from: string | undefined,
    @Arg('to', () => GraphQLLocalDate, { nullable: true, description: 'Claims dated on or before this day.' })
    to: string | undefined,
    @Arg('direction', () => SortDirection, {
      defaultValue: SortDirection.DESC,
      description: 'By date: DESC (newest first, the default) or ASC.',
    })
    direction: SortDirection,
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
      keysetWindow(`claims:${direction}`, page, ctx.config.limits.maxPageSize),
    );
  }

  @Query(() => ClaimConnection, {
    description:
      "Claims ranked by how well their text or a stance's verbatim quote matches: a quoted phrase finds the claim " +
      'it was said in first. Case and diacritics are ignored, longer words tolerate a typo, and nothing typed is ' +
      'read as Lucene syntax. Pages forward only (first/after).',
  })
  searchClaims(
    @Arg('text', () => String, { description: 'Words or a phrase from the claim or a quote (at most 200 characters).' })
    text: string,
    @Arg('kinds', () => [ClaimKind], { nullable: true, description: 'Only claims of these kinds.' })
    kinds: string[] | undefined,
    @Arg('about', () => ID, { nullable: true, description: 'Only claims directly about this entity or claim.' })
    about: string | undefined,
    @Arg('speaker', () => ID, { nullable: true, description: 'Only claims this actor asserted or denied.' })
    speaker: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    if (text.length > 200) throw badInput('text', 'at most 200 characters');
    if (page.last != null || page.before != null)
      throw badInput('last', 'search pages forward only: use first and after');
    return ctx.claims.search(
      { query: buildTextQuery(text), kinds: list(kinds), aboutId: about ?? null, speakerId: speaker ?? null },
      // A rank means something for one text only.
      keysetWindow(`searchClaims:${text}`, page, ctx.config.limits.maxPageSize, 10),
    );
  }

  @FieldResolver(() => [ClaimStance], { description: 'Every actor asserting or denying it.' })
  stances(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.stancesOf(c.id);
  }

  @FieldResolver(() => [ClaimStance], { description: 'The speakers asserting it.' })
  async assertedBy(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return (await ctx.claims.stancesOf(c.id)).filter((s) => s.stance === 'ASSERTS');
  }

  @FieldResolver(() => [ClaimStance], { description: 'The speakers denying it.' })
  async deniedBy(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return (await ctx.claims.stancesOf(c.id)).filter((s) => s.stance === 'DENIES');
  }

  @FieldResolver(() => [Entity], { description: 'What the claim is about.' })
  about(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.subjectsOf(c.id);
  }

  @FieldResolver(() => [Figure], { description: 'The figures it states.' })
  figures(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.figuresOf(c.id);
  }

  @FieldResolver(() => [Source], { description: 'The articles that reported the claim.' })
  sources(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.sourcesOf(c.id);
  }

  @FieldResolver(() => [ClaimConflict], {
    description:
      'Claims this one contradicts: marked so by an editor, a denial about it (or the one it denies), or a claim ' +
      "stating a figure of the same metric, scope, period and places that cannot be true with this one's.",
  })
  conflictsWith(@Root() c: ClaimRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.accounts.conflictsOf(c.id);
  }
}

/** The article an unnamed source belongs to (the first source of its stance), or whose outlet speaks. */
function speakerArticle(s: StanceRecord): string | null {
  if (s.speakerKind === 'OUTLET') return s.speakerId;
  if (s.speakerKind === 'ANONYMOUS') return s.sources[0]?.articleId ?? null;
  return null;
}

@Resolver(() => ClaimStance)
export class ClaimStanceResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'The person, organization or country speaking; null when an unnamed source or the outlet speaks.',
  })
  actor(@Root() s: StanceRecord, @Ctx() ctx: GraphQLContext) {
    return s.actorId ? ctx.entities.findById(s.actorId) : null;
  }

  @FieldResolver(() => Speaker, { description: 'Who speaks: a named actor, an unnamed source, or the outlet.' })
  speaker(@Root() s: StanceRecord): Speaker {
    return {
      kind: s.speakerKind,
      id: s.speakerId,
      description: s.description,
      actorId: s.actorId,
      articleId: speakerArticle(s),
    };
  }

  @FieldResolver(() => Claim, { description: 'The claim.' })
  claim(@Root() s: StanceRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(s.claimId);
  }

  @FieldResolver(() => [Source], { description: 'The articles that report this stance.' })
  sources(@Root() s: StanceRecord) {
    return s.sources;
  }
}

@Resolver(() => Figure)
export class FigureResolver {
  @FieldResolver(() => [Place], { description: 'Every place counted (a toll for two districts counts both).' })
  async places(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    const found = await Promise.all(
      (f.placeIds.length ? f.placeIds : f.placeId ? [f.placeId] : []).map((id) => ctx.entities.findById(id)),
    );
    return found.filter((p) => p !== null);
  }

  @FieldResolver(() => [Figure], {
    description:
      'Other figures counting the same thing (the same metric, unit and scope, for the same period and places, or ' +
      'the same event), from any source: the other accounts of this number.',
  })
  alternatives(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.accounts.alternativesOf(f);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether another figure of the same group gives a number both cannot be (ranges overlapping agree).',
  })
  disputed(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.accounts.figureDisputed(f);
  }

  @FieldResolver(() => Claim, {
    nullable: true,
    description: "The claim stating it (and so its speaker); null for a figure in the article's own voice.",
  })
  claim(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.claimId ? ctx.claims.findById(f.claimId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The first place counted (see places for all).' })
  place(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.placeId ? ctx.entities.findById(f.placeId) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'For scope EVENT: the event counted.' })
  event(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return f.eventId ? ctx.entities.findById(f.eventId) : null;
  }

  @FieldResolver(() => [Source], { description: 'The articles that reported the figure.' })
  sources(@Root() f: FigureRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.entities.sourcesOf(f.id);
  }
}

@Resolver(() => Speaker)
export class SpeakerResolver {
  @FieldResolver(() => String, {
    description: "A name to show: the actor's name, the unnamed source's description, or the outlet (publisher).",
  })
  async name(@Root() s: Speaker, @Ctx() ctx: GraphQLContext): Promise<string> {
    if (s.actorId) return (await ctx.entities.findById(s.actorId))?.name ?? s.actorId;
    if (s.description) return s.description;
    const article = s.articleId ? await ctx.sources.articleById(s.articleId) : null;
    return article?.publisher ?? article?.title ?? s.id;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'The actor, when a named one speaks.' })
  actor(@Root() s: Speaker, @Ctx() ctx: GraphQLContext) {
    return s.actorId ? ctx.entities.findById(s.actorId) : null;
  }

  @FieldResolver(() => Article, {
    nullable: true,
    description: 'The article an unnamed source belongs to, or whose outlet speaks in its own voice.',
  })
  article(@Root() s: Speaker, @Ctx() ctx: GraphQLContext) {
    return s.articleId ? ctx.sources.articleById(s.articleId) : null;
  }
}

@Resolver(() => ClaimConflict)
export class ClaimConflictResolver {
  @FieldResolver(() => Claim, { description: 'The other claim.' })
  claim(@Root() c: ClaimConflictRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.claims.findById(c.otherId);
  }

  @FieldResolver(() => [Figure], { description: "For FIGURES: this claim's figure and the other's." })
  async figures(@Root() c: ClaimConflictRecord, @Ctx() ctx: GraphQLContext) {
    if (!c.figureId || !c.otherFigureId) return [];
    const [a, b] = await Promise.all([ctx.claims.figuresOf(c.claimId), ctx.claims.figuresOf(c.otherId)]);
    return [...a.filter((f) => f.id === c.figureId), ...b.filter((f) => f.id === c.otherFigureId)];
  }
}
