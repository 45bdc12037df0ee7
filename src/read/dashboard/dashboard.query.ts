import { boundedInt, dateRange, list } from '../../core/args';
import { badInput } from '../../core/errors';
import type { ActorRanking, EventGrouping, Granularity } from '../../model/dashboard.model';

// Argument checks shared by the GraphQL fields and the HTTP exports, so both reject the same inputs
// with an error naming the same argument (GraphQL argument name = export query parameter name).

/** A day series over ten years would be 3,650 points; no chart shows that, and it would cost a long query. */
export const MAX_BUCKETS = 1000;
export const MAX_SERIES = 100;
export const MAX_ROWS = 100;

/** Cypher's date.truncate unit for each granularity. */
const UNITS = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const satisfies Record<Granularity, string>;
type Unit = (typeof UNITS)[Granularity];

export interface EventsOverTimeQuery {
  granularity: Granularity;
  unit: Unit;
  from: string;
  to: string;
  groupBy: EventGrouping;
  eventTypes: string[] | null;
  placeId: string | null;
  actorId: string | null;
  limit: number;
}

export interface FigureSeriesQuery {
  metrics: string[] | null;
  scope: string | null;
  placeId: string | null;
  speakerId: string | null;
  from: string | null;
  to: string | null;
}

export interface TopActorsQuery {
  by: ActorRanking;
  kinds: string[] | null;
  eventTypes: string[] | null;
  placeId: string | null;
  from: string | null;
  to: string | null;
  limit: number;
}

export interface ClaimStancesQuery {
  aboutId: string | null;
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  limit: number;
}

const DAY_MS = 86_400_000;
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Buckets between two YYYY-MM-DD days, counted the way the Cypher builds them (weeks from Monday). */
export function bucketCount(granularity: Granularity, from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  switch (granularity) {
    case 'DAY':
      return Math.round((utc(to) - utc(from)) / DAY_MS) + 1;
    case 'WEEK': {
      const monday = utc(from) - ((new Date(utc(from)).getUTCDay() + 6) % 7) * DAY_MS;
      return Math.floor(Math.round((utc(to) - monday) / DAY_MS) / 7) + 1;
    }
    case 'MONTH':
      return (ty - fy) * 12 + (tm - fm) + 1;
    case 'YEAR':
      return ty - fy + 1;
  }
}

const nullable = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);

export function eventsOverTimeQuery(a: {
  granularity: Granularity;
  from: string;
  to: string;
  groupBy: EventGrouping;
  eventTypes?: string[] | null;
  placeId?: string | null;
  actorId?: string | null;
  limit: number;
}): EventsOverTimeQuery {
  dateRange(a.from, a.to);
  const n = bucketCount(a.granularity, a.from, a.to);
  if (n > MAX_BUCKETS) {
    throw badInput(
      'to',
      `${a.from} to ${a.to} makes ${n} ${a.granularity} buckets, more than ${MAX_BUCKETS}: ` +
        'shorten the window or use a coarser granularity',
    );
  }
  return {
    granularity: a.granularity,
    unit: UNITS[a.granularity],
    from: a.from,
    to: a.to,
    groupBy: a.groupBy,
    eventTypes: list(a.eventTypes),
    placeId: nullable(a.placeId),
    actorId: nullable(a.actorId),
    limit: boundedInt('limit', a.limit, 1, MAX_SERIES),
  };
}

export function figureSeriesQuery(a: {
  metrics?: string[] | null;
  scope?: string | null;
  placeId?: string | null;
  speakerId?: string | null;
  from?: string | null;
  to?: string | null;
}): FigureSeriesQuery {
  if (a.metrics && a.metrics.length > 50) throw badInput('metrics', 'at most 50 metrics');
  return {
    metrics: list(a.metrics),
    scope: nullable(a.scope),
    placeId: nullable(a.placeId),
    speakerId: nullable(a.speakerId),
    ...dateRange(a.from, a.to),
  };
}

export function topActorsQuery(a: {
  by: ActorRanking;
  kinds?: string[] | null;
  eventTypes?: string[] | null;
  placeId?: string | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}): TopActorsQuery {
  if (a.kinds?.includes('EVENT'))
    throw badInput('kinds', 'events are not actors: use PERSON, ORGANIZATION or PLACE (countries)');
  return {
    by: a.by,
    kinds: list(a.kinds),
    eventTypes: list(a.eventTypes),
    placeId: nullable(a.placeId),
    ...dateRange(a.from, a.to),
    limit: boundedInt('limit', a.limit, 1, MAX_ROWS),
  };
}

export function claimStancesQuery(a: {
  about?: string | null;
  kinds?: string[] | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}): ClaimStancesQuery {
  return {
    aboutId: nullable(a.about),
    kinds: list(a.kinds),
    ...dateRange(a.from, a.to),
    limit: boundedInt('limit', a.limit, 1, MAX_ROWS),
  };
}
