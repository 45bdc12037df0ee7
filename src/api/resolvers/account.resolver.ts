import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { boundedInt } from '../../core/args';
import type { AccountRecord, PositionAccountRecord } from '../../model/account.model';
import { expandPeriod } from '../../model/partial-date';
import type { EntityRecord } from '../../model/entity.model';
import type { PositionRecord } from '../../model/relationship.model';
import { METRIC_NAMES, METRIC_SYNONYMS, METRICS } from '../../model/vocabulary';
import type { ChangeRecordRow } from '../../read/account/account.repository';
import { Account, ChangeRecord, MetricInfo, PositionAccount } from '../types/account.type';
import { AccountField } from '../types/enums';
import { Entity, Place } from '../types/entity.type';
import { Position } from '../types/relationship.type';
import { Source } from '../types/source.type';

// Accounts and disputes on entities, events and positions; the history of changes; the metric vocabulary.

const parseJson = (s: string | null) => {
  if (s === null) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return s;
  }
};

function toAccount(a: AccountRecord, shownFrom: Partial<Record<string, string>>): Account {
  const period = a.start ? expandPeriod(a.start, a.end ?? undefined) : null;
  return {
    description: a.description,
    start: a.start,
    end: a.end,
    startDate: period?.start ?? null,
    endDate: period?.end ?? null,
    datePrecision: period?.precision ?? null,
    ongoing: a.ongoing,
    status: a.status,
    preferred: a.preferred,
    shown: Object.entries(shownFrom)
      .filter(([, articleId]) => articleId === a.articleId)
      .map(([field]) => field),
    publishedDate: a.publishedDate,
    source: a.source,
    placeIds: a.placeIds,
  };
}

@Resolver(() => Entity)
export class EntityAccountResolver {
  @FieldResolver(() => [Account], {
    description:
      "Every source's account of this entity (or event): what each article says of its description, dates, " +
      'status and places, newest publication first.',
  })
  async accounts(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<Account[]> {
    const { accounts, shownFrom } = await ctx.accounts.ofEntity(e.id);
    return accounts.map((a) => toAccount(a, shownFrom));
  }

  @FieldResolver(() => Boolean, { description: 'Whether its sources contradict each other on any value.' })
  async disputed(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return (await ctx.accounts.ofEntity(e.id)).disputed.length > 0;
  }

  @FieldResolver(() => [AccountField], {
    description:
      'The values its sources contradict each other on: DATES (starts, or stated ends, that cannot both be true), ' +
      'STATUS (a later report going back a stage, or cancelled against held), PLACES (no place of one within a ' +
      'place of the other). Differently worded descriptions are alternatives, not a dispute.',
  })
  async disputedFields(@Root() e: EntityRecord, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.accounts.ofEntity(e.id)).disputed;
  }

  @FieldResolver(() => [ChangeRecord], { description: 'Corrections, preferences, merges and removals, newest first.' })
  changes(
    @Root() e: EntityRecord,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'At most this many (1 to 200).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return changeRecords(ctx, e.id, limit);
  }
}

async function changeRecords(ctx: GraphQLContext, id: string, limit: number): Promise<ChangeRecord[]> {
  const rows = await ctx.accounts.changesOf(id, boundedInt('limit', limit, 1, 200));
  return rows.map((r: ChangeRecordRow) => ({
    ...r,
    previous: parseJson(r.previous),
    value: parseJson(r.value),
    diff: parseJson(r.diff),
  }));
}

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => Source, { description: 'The article, how it attributes the values, and the excerpt.' })
  source(@Root() a: Account) {
    return a.source;
  }

  @FieldResolver(() => [Place], { description: "The event's places this article names." })
  async places(@Root() a: Account, @Ctx() ctx: GraphQLContext) {
    const found = await Promise.all(a.placeIds.map((id) => ctx.entities.findById(id)));
    return found.filter((p) => p !== null);
  }
}

@Resolver(() => PositionAccount)
export class PositionAccountResolver {
  @FieldResolver(() => Source, { description: 'The article and its excerpt.' })
  source(@Root() a: PositionAccount) {
    return a.source;
  }
}

@Resolver(() => Position)
export class PositionDisputeResolver {
  @FieldResolver(() => [PositionAccount], { description: "Every source's account of the term, newest first." })
  async accounts(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext): Promise<PositionAccount[]> {
    const accounts = await ctx.accounts.positionAccountsOf(p);
    return [...accounts]
      .sort((a, b) => (b.publishedDate ?? '').localeCompare(a.publishedDate ?? ''))
      .map((a: PositionAccountRecord) => ({ ...a, preferred: [...a.preferred] }));
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether sources disagree: on the term (starts or ends that cannot both be true), or by showing someone else ' +
      'in the same office over an overlapping time (see rivals).',
  })
  disputed(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.accounts.positionDisputed(p);
  }

  @FieldResolver(() => [Position], {
    description: 'Others a source shows in the same office over an overlapping time (a term with no end is open).',
  })
  rivals(@Root() p: PositionRecord, @Ctx() ctx: GraphQLContext) {
    return ctx.accounts.rivalsOf(p);
  }
}

@Resolver()
export class HistoryResolver {
  @Query(() => [ChangeRecord], {
    description:
      'The history of a fact, newest first: corrections (values before and after, the cited article), preferences, ' +
      'removals, merges, and for an article id its revisions (diff and previous facts).',
  })
  changeRecords(
    @Arg('targetId', () => ID, { description: 'An entity, claim, figure, person (positions), office or article id.' })
    targetId: string,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most this many (1 to 200).' }) limit: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return changeRecords(ctx, targetId, limit);
  }

  @Query(() => [MetricInfo], {
    description: 'The controlled metrics a figure may count (a bundle may use a synonym; it is kept as the label).',
  })
  metrics(): MetricInfo[] {
    return METRIC_NAMES.map((name) => ({
      name,
      unit: METRICS[name].unit,
      about: METRICS[name].about,
      synonyms: Object.entries(METRIC_SYNONYMS)
        .filter(([, m]) => m === name)
        .map(([s]) => s),
    }));
  }
}
