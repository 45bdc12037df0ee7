import type { EntityRef } from './entity.model';
import type { DatePrecision, FigureScope } from './vocabulary';

// Chart-shaped results: each is computed by one query, so a dashboard panel costs one round trip.

/** Bucket size of a time series; WEEK is the ISO week, Monday to Sunday. */
export const GRANULARITIES = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const EVENT_GROUPINGS = ['NONE', 'TYPE', 'PLACE', 'ACTOR'] as const;
export type EventGrouping = (typeof EVENT_GROUPINGS)[number];

export const ACTOR_RANKINGS = ['EVENTS', 'CONNECTIONS'] as const;
export type ActorRanking = (typeof ACTOR_RANKINGS)[number];

interface TimeBucket {
  start: string;
  end: string;
}

interface EventCountSeries {
  key: string | null;
  label: string;
  counts: number[];
  imprecise: number[];
  total: number;
  impreciseTotal: number;
}

export interface EventsOverTime {
  granularity: Granularity;
  groupBy: EventGrouping;
  from: string;
  to: string;
  buckets: TimeBucket[];
  series: EventCountSeries[];
  seriesCount: number;
  total: number;
  imprecise: number;
}

export interface FigurePoint {
  figureId: string;
  value: number | null;
  low: number | null;
  best: number | null;
  high: number | null;
  chartValue: number | null;
  approximation: string | null;
  qualifier: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: DatePrecision | null;
  periodFromEvent: boolean;
  claimId: string | null;
  event: EntityRef | null;
  speakers: EntityRef[];
}

export interface FigureSeries {
  metric: string;
  unit: string;
  scope: FigureScope;
  place: EntityRef | null;
  points: FigurePoint[];
}

export interface ActorActivity {
  actor: EntityRef;
  events: number;
  connections: number;
}

interface SpeakerStances {
  speaker: EntityRef;
  asserts: number;
  denies: number;
  total: number;
}

export interface ClaimStanceCounts {
  claims: number;
  asserts: number;
  denies: number;
  speakerCount: number;
  speakers: SpeakerStances[];
}

export interface GraphSummary {
  people: number;
  organizations: number;
  places: number;
  countries: number;
  events: number;
  claims: number;
  asserts: number;
  denies: number;
  figures: number;
  aggregateFigures: number;
  eventFigures: number;
  articles: number;
  offices: number;
  relationships: number;
  sourceLinks: number;
  firstEventStart: string | null;
  lastEventStart: string | null;
  latestArticleDate: string | null;
}
