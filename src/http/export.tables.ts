import type {
  ActorActivity,
  ClaimStanceCounts,
  EventsOverTime,
  FigureSeries,
  GraphSummary,
} from '../model/dashboard.model';
import type { EventType } from '../model/vocabulary';

// The dashboard results as flat tables: one row per point, long format, so spreadsheets pivot them and
// BI tools (Grafana's Infinity, Power BI, Metabase) read them without reshaping. The CSV and the JSON
// export are the same table; the JSON adds the totals that do not fit in rows. Every name is snake_case,
// columns and JSON totals alike, and every key a chart groups by has a label for people beside it.

export type Cell = string | number | boolean | null;
type TableRow = Record<string, Cell>;

export interface Table {
  /** Column order for CSV. */
  columns: string[];
  rows: TableRow[];
  /** Totals and the effective query, for the JSON export. */
  meta: Record<string, unknown>;
}

/** ACLED's names for its event types (and ours for the two it lacks), as a legend shows them. */
const EVENT_TYPE_LABELS: Record<EventType, string> = {
  BATTLES: 'Battles',
  EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions / remote violence',
  VIOLENCE_AGAINST_CIVILIANS: 'Violence against civilians',
  PROTESTS: 'Protests',
  RIOTS: 'Riots',
  STRATEGIC_DEVELOPMENTS: 'Strategic developments',
  DIPLOMACY: 'Diplomacy',
  COMMUNICATION: 'Communication',
};

/** The key of the series of events with no place (by PLACE) or no actor (by ACTOR): never an empty cell. */
export const NONE_SERIES_KEY = 'none';

function seriesKeyAndLabel(r: EventsOverTime, s: EventsOverTime['series'][number]): { key: string; label: string } {
  if (s.key === null) return { key: NONE_SERIES_KEY, label: s.label };
  if (r.groupBy === 'TYPE') return { key: s.key, label: EVENT_TYPE_LABELS[s.key as EventType] ?? s.label };
  return { key: s.key, label: s.label };
}

export function eventsOverTimeTable(r: EventsOverTime): Table {
  const rows: TableRow[] = [];
  const series = r.series.map((s) => ({ ...s, ...seriesKeyAndLabel(r, s) }));
  for (const s of series) {
    r.buckets.forEach((b, i) => {
      rows.push({
        bucket_start: b.start,
        bucket_end: b.end,
        series_key: s.key,
        series_label: s.label,
        count: s.counts[i] ?? 0,
        imprecise: s.imprecise[i] ?? 0,
      });
    });
  }
  return {
    columns: ['bucket_start', 'bucket_end', 'series_key', 'series_label', 'count', 'imprecise'],
    rows,
    meta: {
      granularity: r.granularity,
      group_by: r.groupBy,
      from: r.from,
      to: r.to,
      total: r.total,
      imprecise: r.imprecise,
      series_count: r.seriesCount,
      series: series.map((s) => ({ key: s.key, label: s.label, total: s.total, imprecise_total: s.impreciseTotal })),
    },
  };
}

export function figureSeriesTable(series: FigureSeries[]): Table {
  const rows: TableRow[] = series.flatMap((s) =>
    s.points.map((p) => ({
      metric: s.metric,
      unit: s.unit,
      scope: s.scope,
      place_id: s.place?.id ?? null,
      place_name: s.place?.name ?? null,
      period_start: p.periodStart,
      period_end: p.periodEnd,
      period_precision: p.periodPrecision,
      period_from_event: p.periodFromEvent,
      chart_value: p.chartValue,
      value: p.value,
      low: p.low,
      best: p.best,
      high: p.high,
      approximation: p.approximation,
      speakers: p.speakers.map((a) => a.name).join('; ') || null,
      speaker_ids: p.speakers.map((a) => a.id).join('; ') || null,
      claim_id: p.claimId,
      event_id: p.event?.id ?? null,
      event_name: p.event?.name ?? null,
      figure_id: p.figureId,
      qualifier: p.qualifier,
    })),
  );
  return {
    columns: [
      'metric',
      'unit',
      'scope',
      'place_id',
      'place_name',
      'period_start',
      'period_end',
      'period_precision',
      'period_from_event',
      'chart_value',
      'value',
      'low',
      'best',
      'high',
      'approximation',
      'speakers',
      'speaker_ids',
      'claim_id',
      'event_id',
      'event_name',
      'figure_id',
      'qualifier',
    ],
    rows,
    meta: { series: series.length, points: rows.length },
  };
}

export function topActorsTable(list: ActorActivity[], by: string): Table {
  return {
    columns: ['rank', 'actor_id', 'actor_name', 'actor_kind', 'events', 'connections'],
    rows: list.map((a, i) => ({
      rank: i + 1,
      actor_id: a.actor.id,
      actor_name: a.actor.name,
      actor_kind: a.actor.kind,
      events: a.events,
      connections: a.connections,
    })),
    meta: { by },
  };
}

export function claimStancesTable(r: ClaimStanceCounts): Table {
  return {
    columns: ['speaker_id', 'speaker_name', 'speaker_kind', 'asserts', 'denies', 'total'],
    rows: r.speakers.map((s) => ({
      speaker_id: s.speaker.id,
      speaker_name: s.speaker.name,
      speaker_kind: s.speaker.kind,
      asserts: s.asserts,
      denies: s.denies,
      total: s.total,
    })),
    meta: { claims: r.claims, asserts: r.asserts, denies: r.denies, speaker_count: r.speakerCount },
  };
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One row, one column per count: what a stat panel or a spreadsheet header cell reads. */
export function summaryTable(s: GraphSummary): Table {
  const row: TableRow = Object.fromEntries(Object.entries(s).map(([k, v]) => [snakeCase(k), v as Cell]));
  return { columns: Object.keys(row), rows: [row], meta: {} };
}
