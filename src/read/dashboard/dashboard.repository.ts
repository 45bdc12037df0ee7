import type { Database, Row } from '../../db/database';
import type { EntityRef } from '../../db/queries.generated';
import type {
  ActorActivity,
  ClaimStanceCounts,
  EventsOverTime,
  FigurePoint,
  FigureSeries,
  GraphSummary,
} from '../../model/dashboard.model';
import type { ClaimStancesQuery, EventsOverTimeQuery, FigureSeriesQuery, TopActorsQuery } from './dashboard.query';

type PointRow = Row<'aggregate-figure-series'>['points'][number];

const ref = (r: EntityRef) => ({ id: r.id, name: r.name, kind: r.kind });

function toPoint(p: PointRow): FigurePoint {
  const value = p.value ?? null;
  const best = p.best ?? null;
  const low = p.low ?? null;
  const high = p.high ?? null;
  return {
    figureId: p.id,
    value,
    low,
    best,
    high,
    // The lower bound before the upper: "dozens" read as at least 24 is plotted as 24, never more.
    chartValue: value ?? best ?? low ?? high,
    approximation: p.approximation ?? null,
    qualifier: p.qualifier ?? null,
    periodStart: p.periodStart ?? null,
    periodEnd: p.periodEnd ?? null,
    periodPrecision: p.periodPrecision ?? null,
    periodFromEvent: p.periodFromEvent,
    claimId: p.claimId ?? null,
    event: p.event ? ref(p.event) : null,
    speakers: p.speakers.map(ref),
  };
}

/** Aggregates for dashboards: each method is one named query, so one round trip per chart. */
export class DashboardRepository {
  constructor(private readonly db: Database) {}

  async eventsOverTime(q: EventsOverTimeQuery): Promise<EventsOverTime> {
    const [row] = await this.db.read('aggregate-events-over-time', {
      unit: q.unit,
      from: q.from,
      to: q.to,
      groupBy: q.groupBy,
      eventTypes: q.eventTypes,
      placeId: q.placeId,
      actorId: q.actorId,
      limit: q.limit,
    });
    const buckets = row?.buckets ?? [];
    return {
      granularity: q.granularity,
      groupBy: q.groupBy,
      from: buckets[0]?.start ?? q.from,
      to: buckets[buckets.length - 1]?.end ?? q.to,
      buckets,
      series: (row?.series ?? []).map((s) => ({ ...s, key: s.key ?? null })),
      seriesCount: row?.seriesCount ?? 0,
      total: row?.total ?? 0,
      imprecise: row?.imprecise ?? 0,
    };
  }

  async figureSeries(q: FigureSeriesQuery): Promise<FigureSeries[]> {
    const rows = await this.db.read('aggregate-figure-series', { ...q });
    return rows.map((r) => ({
      metric: r.metric,
      unit: r.unit,
      scope: r.scope,
      place: r.place ? ref(r.place) : null,
      points: r.points.map(toPoint),
    }));
  }

  async topActors(q: TopActorsQuery): Promise<ActorActivity[]> {
    const rows = await this.db.read('rank-actors', { ...q });
    return rows.map((r) => ({ actor: ref(r.actor), events: r.events, connections: r.connections }));
  }

  async claimStances(q: ClaimStancesQuery): Promise<ClaimStanceCounts> {
    const [row] = await this.db.read('aggregate-claim-stances', { ...q });
    return {
      claims: row?.claims ?? 0,
      asserts: row?.asserts ?? 0,
      denies: row?.denies ?? 0,
      speakerCount: row?.speakerCount ?? 0,
      speakers: (row?.speakers ?? []).map((s) => ({
        speaker: ref(s.speaker),
        asserts: s.asserts,
        denies: s.denies,
        total: s.asserts + s.denies,
      })),
    };
  }

  async summary(): Promise<GraphSummary> {
    const [row] = await this.db.read('count-graph-summary', {});
    if (!row) throw new Error('count-graph-summary returned no row');
    return {
      ...row,
      firstEventStart: row.firstEventStart ?? null,
      lastEventStart: row.lastEventStart ?? null,
      latestArticleDate: row.latestArticleDate ?? null,
    };
  }
}
