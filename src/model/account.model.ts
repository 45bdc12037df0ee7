import { expandPartialDate } from './partial-date';
import type { ProvenanceRecord } from './source.model';
import type { AccountField, DatePrecision, EventStatus } from './vocabulary';

// Accounts: what each source says about a value the graph shows once (an event's dates, status and
// places, an entity's description, a position's dates). The graph keeps every account with its source
// and shows a default chosen by one rule, the same when it is written and when it is read:
//
//   1. a value an editor set by hand (pinned), else the account an editor marked preferred for the field;
//   2. else the most precise account (dates: the finer start, then a stated end over an open one);
//   3. else the latest publication (then the latest written, then the article id, so the choice is stable).
//
// A field is disputed when two accounts cannot both be true (see the rules below); differently worded
// descriptions are alternatives, never a dispute.

/** What ranks an account: where it comes from and whether an editor preferred it. */
interface Ranked {
  articleId: string;
  /** The article's publication date (YYYY-MM-DD). */
  publishedDate: string | null;
  /** When this account was written (ISO datetime). */
  at: string | null;
  preferred: readonly string[];
}

/** One source's account of an entity or event: the values it asserts, with the source itself. */
export interface AccountRecord extends Ranked {
  source: ProvenanceRecord;
  description: string | null;
  /** The event's start and end as the source gives them ("2025-10", "2025-10-25"). */
  start: string | null;
  end: string | null;
  ongoing: boolean;
  status: EventStatus | null;
  /** Places of the event this source names (from OCCURRED_IN's sources). */
  placeIds: string[];
  preferred: AccountField[];
}

/** One source's account of a position's dates. */
export interface PositionAccountRecord extends Ranked {
  source: ProvenanceRecord;
  start: string | null;
  end: string | null;
  asOf: string | null;
}

const cmp = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

/** The account whose value is the default for `field` (rule above), among those that give one. */
function pickDefault<T extends Ranked>(
  accounts: readonly T[],
  field: AccountField,
  precision: (a: T) => number = () => 0,
): T | undefined {
  return [...accounts].sort(
    (a, b) =>
      Number(b.preferred.includes(field)) - Number(a.preferred.includes(field)) ||
      precision(b) - precision(a) ||
      cmp(b.publishedDate, a.publishedDate) ||
      cmp(b.at, a.at) ||
      cmp(b.articleId, a.articleId),
  )[0];
}

const PRECISION_RANK: Record<DatePrecision, number> = { YEAR: 1, MONTH: 2, DAY: 3 };

/** Dates: the finer start wins, then a stated end (a closed span) over an open one. */
const datePrecision = (a: { start: string | null; end: string | null }) =>
  a.start ? PRECISION_RANK[expandPartialDate(a.start).precision] * 2 + (a.end ? 1 : 0) : 0;

/** The period a partial date stands for. */
const period = (d: string) => expandPartialDate(d);
const disjoint = (a: string, b: string) => {
  const x = period(a);
  const y = period(b);
  return x.end < y.start || y.end < x.start;
};

/**
 * Two accounts of an event's dates contradict each other when they put its start in periods that do
 * not overlap, when both state an end and those do not overlap, or when one reports it still going on
 * at its publication after the other had it end.
 */
function datesConflict(a: AccountRecord, b: AccountRecord): boolean {
  if (!a.start || !b.start) return false;
  if (disjoint(a.start, b.start)) return true;
  if (a.end && b.end && disjoint(a.end, b.end)) return true;
  const endedBefore = (open: AccountRecord, closed: AccountRecord) =>
    open.ongoing &&
    !open.end &&
    closed.end !== null &&
    !!open.publishedDate &&
    period(closed.end).end < open.publishedDate;
  return endedBefore(a, b) || endedBefore(b, a);
}

const STAGE: Record<EventStatus, number> = { PLANNED: 0, ONGOING: 1, CONCLUDED: 2, CANCELLED: 2 };

/**
 * Statuses move forward with time (planned, ongoing, concluded or cancelled), so two accounts contradict
 * each other when the later publication reports an earlier stage, when one says the event was cancelled
 * and another that it took place, or when two of the same day differ.
 */
function statusConflict(a: AccountRecord, b: AccountRecord): boolean {
  if (!a.status || !b.status || a.status === b.status) return false;
  const happened = (s: EventStatus) => s === 'ONGOING' || s === 'CONCLUDED';
  if ((a.status === 'CANCELLED' && happened(b.status)) || (b.status === 'CANCELLED' && happened(a.status))) return true;
  const order = cmp(a.publishedDate, b.publishedDate);
  if (order === 0) return true;
  const [earlier, later] = order < 0 ? [a, b] : [b, a];
  return STAGE[later.status!] < STAGE[earlier.status!];
}

/**
 * Two accounts of an event's places contradict each other when they share no place and no place of one
 * lies within a place of the other (`within` maps a place to itself and every place containing it).
 */
function placesConflict(a: AccountRecord, b: AccountRecord, within: ReadonlyMap<string, readonly string[]>): boolean {
  if (!a.placeIds.length || !b.placeIds.length) return false;
  const inside = (x: string, ys: string[]) => ys.some((y) => (within.get(x) ?? [x]).includes(y));
  return !a.placeIds.some((p) => inside(p, b.placeIds)) && !b.placeIds.some((p) => inside(p, a.placeIds));
}

const anyPair = <T>(xs: readonly T[], f: (a: T, b: T) => boolean) =>
  xs.some((a, i) => xs.slice(i + 1).some((b) => f(a, b)));

/** The fields on which an entity's or event's accounts contradict each other. */
export function disputedFields(
  accounts: readonly AccountRecord[],
  within: ReadonlyMap<string, readonly string[]> = new Map(),
): AccountField[] {
  const out: AccountField[] = [];
  if (anyPair(accounts, datesConflict)) out.push('DATES');
  if (anyPair(accounts, statusConflict)) out.push('STATUS');
  if (anyPair(accounts, (a, b) => placesConflict(a, b, within))) out.push('PLACES');
  return out;
}

/** A position's accounts contradict each other when both state a start (or an end) in disjoint periods. */
export function positionDatesDisputed(accounts: readonly PositionAccountRecord[]): boolean {
  return anyPair(
    accounts,
    (a, b) => (!!a.start && !!b.start && disjoint(a.start, b.start)) || (!!a.end && !!b.end && disjoint(a.end, b.end)),
  );
}

/** An event's status as one source gives it: stated, else read from its dates against the publication. */
export function accountStatus(
  stated: EventStatus | null | undefined,
  start: string | null,
  ongoing: boolean,
  publishedDate: string | null,
): EventStatus | null {
  if (stated) return stated;
  if (ongoing) return 'ONGOING';
  if (start && publishedDate && period(start).start > publishedDate) return 'PLANNED';
  return null;
}

/** The values an entity or event shows by default, and the accounts they come from. */
export interface ChosenValues {
  description: string | null;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  status: EventStatus | null;
  /** Per field, the article whose account gives the default (absent: no account gives one). */
  from: Partial<Record<AccountField, string>>;
}

/**
 * Applies the rule to an entity's accounts. `pinned` fields keep the value an editor set by hand and
 * are left out (undefined in the result means: keep what the node has).
 */
export function chooseValues(
  accounts: readonly AccountRecord[],
  pinned: readonly string[] = [],
): Partial<ChosenValues> {
  const out: Partial<ChosenValues> = { from: {} };
  const from = out.from!;
  if (!pinned.includes('DESCRIPTION')) {
    const d = pickDefault(
      accounts.filter((a) => a.description),
      'DESCRIPTION',
    );
    if (d) [out.description, from.DESCRIPTION] = [d.description, d.articleId];
  }
  if (!pinned.includes('DATES')) {
    const d = pickDefault(
      accounts.filter((a) => a.start),
      'DATES',
      datePrecision,
    );
    if (d) {
      Object.assign(out, { start: d.start, end: d.end, ongoing: d.ongoing });
      from.DATES = d.articleId;
    }
  }
  if (!pinned.includes('STATUS')) {
    const d = pickDefault(
      accounts.filter((a) => a.status),
      'STATUS',
    );
    if (d) [out.status, from.STATUS] = [d.status, d.articleId];
  }
  return out;
}

/** A position's default dates: start and end from the chosen account, asOf the latest any source gives. */
export function choosePositionDates(accounts: readonly PositionAccountRecord[]): {
  start: string | null;
  end: string | null;
  asOf: string | null;
  from: string | null;
} {
  const d = pickDefault(
    accounts.filter((a) => a.start || a.end),
    'DATES',
    (a) => datePrecision({ start: a.start ?? a.end, end: a.end }),
  );
  const asOf = accounts
    .map((a) => a.asOf)
    .filter((x): x is string => !!x)
    .sort((a, b) => period(b).start.localeCompare(period(a).start))[0];
  return { start: d?.start ?? null, end: d?.end ?? null, asOf: asOf ?? null, from: d?.articleId ?? null };
}

/**
 * Figures that count the same thing: the same metric and unit, for one event (scope EVENT), or for the
 * same period and places (scope AGGREGATE). Figures of one group are accounts of one number.
 */
export function figureGroupKey(f: {
  metric: string;
  unit: string;
  scope: string;
  periodStart: string | null;
  periodEnd: string | null;
  placeIds: readonly string[];
  eventId: string | null;
}): string {
  const where =
    f.scope === 'EVENT' && f.eventId
      ? [f.eventId]
      : [f.periodStart ?? '', f.periodEnd ?? '', [...f.placeIds].sort().join(',')];
  return [f.metric, f.unit, f.scope, ...where].join('|');
}

interface Amount {
  value: number | null;
  low: number | null;
  best: number | null;
  high: number | null;
}

/** The numbers a figure allows: its value, or its range (an "at least" bound is open above). */
function interval(f: Amount): [number, number] {
  if (f.value !== null) return [f.value, f.value];
  const lo = f.low ?? f.best ?? 0;
  const hi = f.high ?? (f.low !== null ? Infinity : (f.best ?? Infinity));
  return [lo, hi];
}

/** Two figures of one group disagree when no number satisfies both. */
export function figuresDisagree(a: Amount, b: Amount): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a1 < b0 || b1 < a0;
}

/** An event's status as shown: the sources' (see chooseValues), else ONGOING when still going on, else CONCLUDED. */
export function eventStatusOf(e: { status: EventStatus | null; ongoing: boolean }): EventStatus {
  return e.status ?? (e.ongoing ? 'ONGOING' : 'CONCLUDED');
}
