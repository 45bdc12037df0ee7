import { int, optionalNumber, optionalString, type Plain } from '../neo4j/neo4j.convert';
import type { Database, Row } from '../neo4j/neo4j.database';
import type { ClaimStancesQuery, EventsOverTimeQuery, FigureSeriesQuery, TopActorsQuery } from './dashboard.filters';
import type {
  EntityRefRecord,
  EventCountSeries,
  EventsOverTime,
  FigurePointRecord,
  FigureSeriesRecord,
  GraphSummary,
  ActorActivity,
  ClaimStanceCounts,
} from './dashboard.type';

const str = optionalString;
const num = optionalNumber;
const ints = (v: Plain | undefined) => ((v ?? []) as Plain[]).map(Number);

function toRef(p: Plain | undefined): EntityRefRecord {
  const m = p as Record<string, Plain>;
  return { id: String(m.id), name: String(m.name), kind: String(m.kind) };
}

function toPoint(p: Plain): FigurePointRecord {
  const m = p as Record<string, Plain>;
  const value = num(m.value);
  const best = num(m.best);
  const low = num(m.low);
  const high = num(m.high);
  return {
    figureId: String(m.id),
    value,
    low,
    best,
    high,
    // The lower bound before the upper: "dozens" read as at least 24 is plotted as 24, never more.
    chartValue: value ?? best ?? low ?? high,
    approximation: str(m.approximation),
    qualifier: str(m.qualifier),
    periodStart: str(m.periodStart),
    periodEnd: str(m.periodEnd),
    periodPrecision: str(m.periodPrecision),
    periodFromEvent: m.periodFromEvent === true,
    claimId: str(m.claimId),
    event: m.event ? toRef(m.event) : null,
    speakers: ((m.speakers ?? []) as Plain[]).map(toRef),
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
      limit: int(q.limit),
    });
    const buckets = ((row?.buckets ?? []) as Row[]).map((b) => ({ start: String(b.start), end: String(b.end) }));
    const series = ((row?.series ?? []) as Row[]).map((s): EventCountSeries => ({
      key: str(s.key),
      label: String(s.label),
      counts: ints(s.counts),
      imprecise: ints(s.imprecise),
      total: Number(s.total),
      impreciseTotal: Number(s.impreciseTotal),
    }));
    return {
      granularity: q.granularity,
      groupBy: q.groupBy,
      from: buckets[0]?.start ?? q.from,
      to: buckets[buckets.length - 1]?.end ?? q.to,
      buckets,
      series,
      seriesCount: Number(row?.seriesCount ?? 0),
      total: Number(row?.total ?? 0),
      imprecise: Number(row?.imprecise ?? 0),
    };
  }

  async figureSeries(q: FigureSeriesQuery): Promise<FigureSeriesRecord[]> {
    const rows = await this.db.read('aggregate-figure-series', { ...q });
    return rows.map((r) => ({
      metric: String(r.metric),
      unit: String(r.unit),
      scope: String(r.scope),
      place: r.place ? toRef(r.place) : null,
      points: ((r.points ?? []) as Plain[]).map(toPoint),
    }));
  }

  async topActors(q: TopActorsQuery): Promise<ActorActivity[]> {
    const rows = await this.db.read('rank-actors', { ...q, limit: int(q.limit) });
    return rows.map((r) => ({ actor: toRef(r.actor), events: Number(r.events), connections: Number(r.connections) }));
  }

  async claimStances(q: ClaimStancesQuery): Promise<ClaimStanceCounts> {
    const [row] = await this.db.read('aggregate-claim-stances', { ...q, limit: int(q.limit) });
    return {
      claims: Number(row?.claims ?? 0),
      asserts: Number(row?.asserts ?? 0),
      denies: Number(row?.denies ?? 0),
      speakerCount: Number(row?.speakerCount ?? 0),
      speakers: ((row?.speakers ?? []) as Row[]).map((s) => {
        const asserts = Number(s.asserts);
        const denies = Number(s.denies);
        return { speaker: toRef(s.speaker), asserts, denies, total: asserts + denies };
      }),
    };
  }

  async summary(): Promise<GraphSummary> {
    const [row = {}] = await this.db.read('count-graph-summary');
    const n = (k: string) => Number(row[k] ?? 0);
    return {
      people: n('people'),
      organizations: n('organizations'),
      places: n('places'),
      countries: n('countries'),
      events: n('events'),
      claims: n('claims'),
      asserts: n('asserts'),
      denies: n('denies'),
      figures: n('figures'),
      aggregateFigures: n('aggregateFigures'),
      eventFigures: n('eventFigures'),
      articles: n('articles'),
      offices: n('offices'),
      relationships: n('relationships'),
      sourceLinks: n('sourceLinks'),
      firstEventStart: str(row.firstEventStart),
      lastEventStart: str(row.lastEventStart),
      latestArticleDate: str(row.latestArticleDate),
    };
  }
}
