import { compact } from '../../core/args';
import type { QueryParams } from '../../db/queries.generated';
import type { EntityDraft } from '../../model/entity.model';
import { nameKeys } from '../../model/names';
import { mentionKeys } from '../mention/mention.linker';
import { expandPartialDate, expandPeriod } from '../../model/partial-date';
import { labelsFor } from '../../model/vocabulary';
import type { Bundle, FigureInput, SourceInput } from '../bundle/bundle.schema';

// Pure steps from stated facts to the rows the merge-*.cypher files write: labels from the fixed table,
// name keys, periods expanded from partial dates, bundle ids mapped to graph ids, and provenance on
// every row. No database here; fact.writer.ts sends the rows.

type RowsOf<Q extends keyof QueryParams> = QueryParams[Q] extends { rows: (infer R)[] } ? R : never;

type EntityRow = RowsOf<'merge-entities'>;
type RelationshipRow = RowsOf<'merge-entity-relationships'>;
type ParticipationRow = RowsOf<'merge-participations'>;
type PositionRow = RowsOf<'merge-positions'>;
type ClaimRow = RowsOf<'merge-claims'>;
type StanceRow = RowsOf<'merge-claim-stances'>;
type SubjectRow = RowsOf<'merge-claim-subjects'>;
type FigureRow = RowsOf<'merge-figures'>;

/** Every kind of fact row, each list written by one query. */
export interface FactRows {
  entities: EntityRow[];
  relationships: RelationshipRow[];
  participations: ParticipationRow[];
  positions: PositionRow[];
  claims: ClaimRow[];
  stances: StanceRow[];
  subjects: SubjectRow[];
  figures: FigureRow[];
}

export const FACT_GROUPS = [
  'entities',
  'relationships',
  'participations',
  'positions',
  'claims',
  'stances',
  'subjects',
  'figures',
] as const satisfies readonly (keyof FactRows)[];
export type FactGroup = (typeof FACT_GROUPS)[number];

/** What every row needs besides the fact: where bundle ids point in the graph, and who wrote it when. */
export interface FactContext {
  articleId: string;
  by: string;
  now: string;
  /** A bundle id → the graph id it resolved to (itself unless it matched an existing entity by name). */
  resolve(id: string): string;
}

/** Source fields as stored on SOURCED_FROM (no nulls: Neo4j stores no null properties). */
function sourceProps(s: SourceInput) {
  return compact({
    basis: s.basis,
    attribution: s.attribution,
    reportedBy: s.reportedBy,
    evidence: s.evidence,
    note: s.note,
  });
}

/** One provenance record on a relationship, as JSON (relationships cannot point at an Article). */
function provenance(ctx: FactContext, s: SourceInput): string {
  return JSON.stringify({ article: ctx.articleId, ...sourceProps(s), at: ctx.now, by: ctx.by });
}

/** Every key an entity is known by: resolution's name keys, and the mention linker's word keys. */
function entityKeys(names: string[]): string[] {
  return [...new Set([...nameKeys(names), ...mentionKeys(names)])];
}

/** A named entity's node row: labels, keys, only the properties of its kind, an event's period. */
export function entityRow(f: EntityDraft) {
  const period = f.kind === 'EVENT' && f.start ? expandPeriod(f.start, f.end ?? undefined) : null;
  return {
    id: f.id,
    labels: labelsFor(f.kind, f.kind === 'PLACE' ? f.placeType : null),
    name: f.name,
    aliases: f.aliases,
    nameKeys: entityKeys([f.name, ...f.aliases]),
    props: compact({
      kind: f.kind,
      description: f.description,
      orgType: f.kind === 'ORGANIZATION' ? f.orgType : null,
      placeType: f.kind === 'PLACE' ? f.placeType : null,
      countryCode: f.kind === 'PLACE' ? f.countryCode : null,
      eventType: f.kind === 'EVENT' ? f.eventType : null,
      subType: f.kind === 'EVENT' ? f.subType : null,
      datePrecision: period?.precision,
      ongoing: f.kind === 'EVENT' && f.ongoing ? true : null,
    }),
    startDate: period?.start ?? null,
    endDate: period?.end ?? null,
  };
}

function entityRows(b: Pick<Bundle, 'entities' | 'events'>, ctx: FactContext): EntityRow[] {
  return [
    ...b.entities.map((e) => ({
      ...entityRow({ ...e, id: ctx.resolve(e.id) }),
      source: sourceProps(e.source),
      articleId: ctx.articleId,
    })),
    ...b.events.map((e) => ({
      ...entityRow({ ...e, id: ctx.resolve(e.id), kind: 'EVENT' }),
      source: sourceProps(e.source),
      articleId: ctx.articleId,
    })),
  ];
}

function relationshipRows(b: Pick<Bundle, 'relationships' | 'events'>, ctx: FactContext): RelationshipRow[] {
  const r = (id: string) => ctx.resolve(id);
  const stated = b.relationships.map((rel) => ({
    type: rel.type,
    from: r(rel.from),
    to: r(rel.to),
    props: compact({
      startDate: rel.start ? expandPartialDate(rel.start).start : undefined,
      endDate: rel.end ? expandPartialDate(rel.end).end : undefined,
      note: rel.note,
    }),
    provenance: provenance(ctx, rel.source),
    articleId: ctx.articleId,
  }));
  // An event's places and series are relationships too, sourced like the event itself.
  const ofEvents = b.events.flatMap((e) => [
    ...e.placeIds.map((p) => ({
      type: 'OCCURRED_IN',
      from: r(e.id),
      to: r(p),
      props: {},
      provenance: provenance(ctx, e.source),
      articleId: ctx.articleId,
    })),
    ...(e.partOf
      ? [
          {
            type: 'PART_OF',
            from: r(e.id),
            to: r(e.partOf),
            props: {},
            provenance: provenance(ctx, e.source),
            articleId: ctx.articleId,
          },
        ]
      : []),
  ]);
  return [...stated, ...ofEvents];
}

function participationRows(b: Pick<Bundle, 'participations' | 'events'>, ctx: FactContext): ParticipationRow[] {
  return [...b.events.flatMap((e) => e.participants.map((p) => ({ ...p, eventId: e.id }))), ...b.participations].map(
    (p) => ({
      actorId: ctx.resolve(p.actorId),
      eventId: ctx.resolve(p.eventId),
      role: p.role,
      note: p.note ?? null,
      provenance: provenance(ctx, p.source),
      articleId: ctx.articleId,
    }),
  );
}

function positionRows(positions: Bundle['positions'], ctx: FactContext): PositionRow[] {
  return positions.map((p) => ({
    personId: ctx.resolve(p.personId),
    officeId: p.office.id,
    officeName: p.office.name,
    officeAliases: p.office.aliases,
    organizationId: ctx.resolve(p.organizationId),
    start: p.start ? expandPartialDate(p.start).start : null,
    end: p.end ? expandPartialDate(p.end).end : null,
    asOf: p.asOf ? expandPartialDate(p.asOf).start : null,
    provenance: provenance(ctx, p.source),
    articleId: ctx.articleId,
  }));
}

function claimRows(claims: Bundle['claims'], ctx: FactContext): Pick<FactRows, 'claims' | 'stances' | 'subjects'> {
  const dated = (d: string | undefined) => {
    const p = d ? expandPartialDate(d) : null;
    return { date: p?.start ?? null, datePrecision: p?.precision ?? null };
  };
  return {
    claims: claims.map((c) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      ...dated(c.date),
      quotes: c.stances.flatMap((s) => (s.quote ? [s.quote] : [])),
      source: sourceProps(c.source),
      articleId: ctx.articleId,
    })),
    stances: claims.flatMap((c) =>
      c.stances.map((s) => ({
        actorId: ctx.resolve(s.actorId),
        claimId: c.id,
        stance: s.stance,
        ...dated(s.date),
        quote: s.quote ?? null,
        via: s.via ?? null,
        provenance: provenance(ctx, s.source),
        articleId: ctx.articleId,
      })),
    ),
    subjects: claims.flatMap((c) =>
      c.aboutIds.map((a) => ({
        claimId: c.id,
        subjectId: ctx.resolve(a),
        provenance: provenance(ctx, c.source),
        articleId: ctx.articleId,
      })),
    ),
  };
}

function figureRow(
  f: FigureInput,
  at: { claimId: string | null; eventId: string | null; source: SourceInput },
  ctx: FactContext,
): FigureRow {
  const period = f.periodStart ? expandPeriod(f.periodStart, f.periodEnd) : null;
  return {
    id: f.id,
    claimId: at.claimId,
    props: compact({
      metric: f.metric,
      value: f.value,
      low: f.low,
      best: f.best,
      high: f.high,
      approximation: f.approximation,
      unit: f.unit,
      scope: f.scope,
      qualifier: f.qualifier,
      periodPrecision: period?.precision,
    }),
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    placeId: f.placeId ? ctx.resolve(f.placeId) : null,
    eventId: at.eventId,
    source: sourceProps(at.source),
    articleId: ctx.articleId,
  };
}

/** Figures inside events (their own voice), inside claims (the claim's speakers), and on their own. */
function figureRows(b: Pick<Bundle, 'events' | 'claims' | 'figures'>, ctx: FactContext): FigureRow[] {
  const r = (id: string | undefined) => (id ? ctx.resolve(id) : null);
  return [
    ...b.events.flatMap((e) =>
      e.figures.map((f) => figureRow(f, { claimId: null, eventId: r(e.id), source: e.source }, ctx)),
    ),
    ...b.claims.flatMap((c) =>
      c.figures.map((f) => figureRow(f, { claimId: c.id, eventId: r(f.eventId), source: c.source }, ctx)),
    ),
    ...b.figures.map((f) => figureRow(f, { claimId: f.claimId ?? null, eventId: r(f.eventId), source: f.source }, ctx)),
  ];
}

/** Every row a bundle (or a set of single facts, with empty sections) writes. */
export function factRows(b: Omit<Bundle, 'formatVersion' | 'article' | '$schema'>, ctx: FactContext): FactRows {
  return {
    entities: entityRows(b, ctx),
    relationships: relationshipRows(b, ctx),
    participations: participationRows(b, ctx),
    positions: positionRows(b.positions, ctx),
    ...claimRows(b.claims, ctx),
    figures: figureRows(b, ctx),
  };
}
