import { compact } from '../../core/args';
import type { QueryParams } from '../../db/queries.generated';
import type { EntityDraft } from '../../model/entity.model';
import { nameKeys } from '../../model/names';
import { mentionKeys } from '../mention/mention.linker';
import { expandPartialDate, expandPeriod } from '../../model/partial-date';
import { accountStatus, figureGroupKey } from '../../model/account.model';
import { canonicalMetric, labelsFor } from '../../model/vocabulary';
import type { Bundle, FigureInput, SourceInput, StanceInput } from '../bundle/bundle.schema';
import { slug } from '../write/write.errors';
import { keys, speakerKey } from './fact.keys';

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
  /** The article's publication date (YYYY-MM-DD): an event starting after it is planned. */
  publishedDate?: string | null;
  /** A bundle id → the graph id it resolved to (itself unless it matched an existing entity by name). */
  resolve(id: string): string;
  /** Facts (by key, see fact.keys.ts) a revision changed: their stored values are replaced, not kept. */
  replace?(key: string): boolean;
}

const replaces = (ctx: FactContext, key: string) => ctx.replace?.(key) ?? false;

/** Source fields as stored on SOURCED_FROM (no nulls: Neo4j stores no null properties). */
export function sourceProps(s: SourceInput) {
  return compact({
    basis: s.basis,
    attribution: s.attribution,
    reportedBy: s.reportedBy,
    evidence: s.evidence,
    note: s.note,
  });
}

/**
 * One provenance record on a relationship, as JSON (relationships cannot point at an Article), with the
 * values this source gives where a relationship keeps them per source (a position's dates).
 */
export function provenance(
  ctx: Pick<FactContext, 'articleId' | 'now' | 'by'>,
  s: SourceInput,
  values: Record<string, unknown> = {},
): string {
  return JSON.stringify({ article: ctx.articleId, ...sourceProps(s), ...compact(values), at: ctx.now, by: ctx.by });
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

/**
 * This article's account of an entity or event (stored on its SOURCED_FROM): the description, and for an
 * event its dates and status as the article gives them. The node shows the default the account rule
 * picks among every source's account (model/account.model.ts).
 */
function account(
  e: { description?: string; start?: string; end?: string; ongoing?: boolean; status?: string },
  ctx: FactContext,
) {
  const status = e.start
    ? accountStatus(
        e.status as Parameters<typeof accountStatus>[0],
        e.start,
        e.ongoing === true,
        ctx.publishedDate ?? null,
      )
    : null;
  return compact({
    description: e.description,
    start: e.start,
    end: e.end,
    ongoing: e.start ? e.ongoing === true : undefined,
    status,
  });
}

function entityRows(b: Pick<Bundle, 'entities' | 'events'>, ctx: FactContext): EntityRow[] {
  return [
    ...b.entities.map((e, i) => ({
      ...entityRow({ ...e, id: ctx.resolve(e.id) }),
      source: sourceProps(e.source),
      account: account(e, ctx),
      replace: replaces(ctx, keys.node(e.id)),
      fact: `entities[${i}] (${e.id})`,
      articleId: ctx.articleId,
    })),
    ...b.events.map((e, i) => ({
      ...entityRow({ ...e, id: ctx.resolve(e.id), kind: 'EVENT' }),
      source: sourceProps(e.source),
      account: account(e, ctx),
      replace: replaces(ctx, keys.node(e.id)),
      fact: `events[${i}] (${e.id})`,
      articleId: ctx.articleId,
    })),
  ];
}

function relationshipRows(b: Pick<Bundle, 'relationships' | 'events'>, ctx: FactContext): RelationshipRow[] {
  const r = (id: string) => ctx.resolve(id);
  const stated = b.relationships.map((rel, i) => ({
    type: rel.type,
    from: r(rel.from),
    to: r(rel.to),
    props: compact({
      startDate: rel.start ? expandPartialDate(rel.start).start : undefined,
      endDate: rel.end ? expandPartialDate(rel.end).end : undefined,
      note: rel.note,
    }),
    provenance: provenance(ctx, rel.source),
    replace: replaces(ctx, keys.relationship(rel.type, rel.from, rel.to)),
    fact: `relationships[${i}] (${rel.type} ${rel.from} → ${rel.to})`,
    articleId: ctx.articleId,
  }));
  // An event's places and series are relationships too, sourced like the event itself.
  const ofEvents = b.events.flatMap((e, i) => [
    ...e.placeIds.map((p, j) => ({
      type: 'OCCURRED_IN',
      from: r(e.id),
      to: r(p),
      props: {},
      provenance: provenance(ctx, e.source),
      replace: replaces(ctx, keys.place(e.id, p)),
      fact: `events[${i}] (${e.id}) → placeIds[${j}]`,
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
            replace: replaces(ctx, keys.partOf(e.id, e.partOf)),
            fact: `events[${i}] (${e.id}) → partOf`,
            articleId: ctx.articleId,
          },
        ]
      : []),
  ]);
  return [...stated, ...ofEvents];
}

function participationRows(b: Pick<Bundle, 'participations' | 'events'>, ctx: FactContext): ParticipationRow[] {
  const all = [
    ...b.events.flatMap((e, i) =>
      e.participants.map((p, j) => ({ ...p, eventId: e.id, fact: `events[${i}] (${e.id}) → participants[${j}]` })),
    ),
    ...b.participations.map((p, i) => ({ ...p, fact: `participations[${i}] (${p.actorId} → ${p.eventId})` })),
  ];
  return all.map((p) => ({
    actorId: ctx.resolve(p.actorId),
    eventId: ctx.resolve(p.eventId),
    role: p.role,
    note: p.note ?? null,
    provenance: provenance(ctx, p.source),
    replace: replaces(ctx, keys.participation(p.eventId, p.actorId, p.role)),
    fact: p.fact,
    articleId: ctx.articleId,
  }));
}

function positionRows(positions: Bundle['positions'], ctx: FactContext): PositionRow[] {
  return positions.map((p, i) => ({
    personId: ctx.resolve(p.personId),
    officeId: p.office.id,
    officeName: p.office.name,
    officeAliases: p.office.aliases,
    organizationId: ctx.resolve(p.organizationId),
    // The dates are this source's account; the position shows the default of all accounts.
    provenance: provenance(ctx, p.source, { start: p.start, end: p.end, asOf: p.asOf }),
    replace: replaces(ctx, keys.position(p.personId, p.office.id)),
    fact: `positions[${i}] (${p.personId})`,
    articleId: ctx.articleId,
  }));
}

/** A stance's speaker in the graph: a named actor, an unnamed source of this article, or the outlet. */
export function speakerOf(s: Pick<StanceInput, 'actorId' | 'anonymous' | 'outlet'>, ctx: FactContext) {
  if (s.actorId) return { speakerKind: 'ACTOR', speakerId: ctx.resolve(s.actorId), description: null };
  if (s.anonymous !== undefined) {
    // One node per description per article: the same unnamed source may assert one thing and deny another.
    const id = `anonymous:${ctx.articleId.replace(/^article:/, '')}.${slug(s.anonymous)}`;
    return { speakerKind: 'ANONYMOUS', speakerId: id, description: s.anonymous };
  }
  return { speakerKind: 'OUTLET', speakerId: ctx.articleId, description: null };
}

const dated = (d: string | undefined) => {
  const p = d ? expandPartialDate(d) : null;
  return { date: p?.start ?? null, datePrecision: p?.precision ?? null };
};

function stanceRow(claimId: string, s: StanceInput, fact: string, ctx: FactContext): StanceRow {
  return {
    ...speakerOf(s, ctx),
    claimId,
    stance: s.stance,
    ...dated(s.date),
    quote: s.quote ?? null,
    via: s.via ?? null,
    provenance: provenance(ctx, s.source),
    replace: replaces(ctx, keys.stance(claimId, s)),
    fact,
    articleId: ctx.articleId,
  };
}

function claimRows(
  b: Pick<Bundle, 'claims' | 'stances'>,
  ctx: FactContext,
): Pick<FactRows, 'claims' | 'stances' | 'subjects'> {
  const { claims } = b;
  return {
    claims: claims.map((c, i) => ({
      id: c.id,
      kind: c.kind,
      text: c.text,
      ...dated(c.date),
      quotes: c.stances.flatMap((s) => (s.quote ? [s.quote] : [])),
      source: sourceProps(c.source),
      replace: replaces(ctx, keys.claim(c.id)),
      fact: `claims[${i}] (${c.id})`,
      articleId: ctx.articleId,
    })),
    stances: [
      ...claims.flatMap((c, i) =>
        c.stances.map((s, j) => stanceRow(c.id, s, `claims[${i}] (${c.id}) → stances[${j}]`, ctx)),
      ),
      ...b.stances.map((s, i) =>
        stanceRow(s.claimId, s, `stances[${i}] (${speakerKey(s)} ${s.stance} ${s.claimId})`, ctx),
      ),
    ],
    subjects: claims.flatMap((c, i) =>
      c.aboutIds.map((a, j) => ({
        claimId: c.id,
        subjectId: ctx.resolve(a),
        provenance: provenance(ctx, c.source),
        replace: replaces(ctx, keys.subject(c.id, a)),
        fact: `claims[${i}] (${c.id}) → aboutIds[${j}]`,
        articleId: ctx.articleId,
      })),
    ),
  };
}

function figureRow(
  f: FigureInput,
  at: { claimId: string | null; eventId: string | null; source: SourceInput; fact: string },
  ctx: FactContext,
): FigureRow {
  const period = f.periodStart ? expandPeriod(f.periodStart, f.periodEnd) : null;
  const metric = canonicalMetric(f.metric) ?? f.metric;
  const placeIds = [...new Set([...(f.placeId ? [f.placeId] : []), ...f.placeIds].map((p) => ctx.resolve(p)))];
  return {
    id: f.id,
    claimId: at.claimId,
    props: compact({
      metric,
      // The article's own name for the measure: given, or the synonym it used for the controlled metric.
      label: f.label ?? (metric !== f.metric ? f.metric : undefined),
      value: f.value,
      low: f.low,
      best: f.best,
      high: f.high,
      approximation: f.approximation,
      unit: f.unit,
      scope: f.scope,
      qualifier: f.qualifier,
      periodPrecision: period?.precision,
      groupKey: figureGroupKey({
        metric,
        unit: f.unit,
        scope: f.scope,
        periodStart: period?.start ?? null,
        periodEnd: period?.end ?? null,
        placeIds,
        eventId: at.eventId,
      }),
    }),
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    placeIds,
    eventId: at.eventId,
    source: sourceProps(at.source),
    replace: replaces(ctx, keys.figure(f.id)),
    fact: at.fact,
    articleId: ctx.articleId,
  };
}

/** Figures inside events (their own voice), inside claims (the claim's speakers), and on their own. */
function figureRows(b: Pick<Bundle, 'events' | 'claims' | 'figures'>, ctx: FactContext): FigureRow[] {
  const r = (id: string | undefined) => (id ? ctx.resolve(id) : null);
  return [
    ...b.events.flatMap((e, i) =>
      e.figures.map((f, j) =>
        figureRow(
          f,
          { claimId: null, eventId: r(e.id), source: e.source, fact: `events[${i}] (${e.id}) → figures[${j}]` },
          ctx,
        ),
      ),
    ),
    ...b.claims.flatMap((c, i) =>
      c.figures.map((f, j) =>
        figureRow(
          f,
          { claimId: c.id, eventId: r(f.eventId), source: c.source, fact: `claims[${i}] (${c.id}) → figures[${j}]` },
          ctx,
        ),
      ),
    ),
    ...b.figures.map((f, i) =>
      figureRow(
        f,
        { claimId: f.claimId ?? null, eventId: r(f.eventId), source: f.source, fact: `figures[${i}] (${f.id})` },
        ctx,
      ),
    ),
  ];
}

/** Every row a bundle (or a set of single facts, with empty sections) writes. */
export function factRows(b: Omit<Bundle, 'formatVersion' | 'article' | '$schema'>, ctx: FactContext): FactRows {
  return {
    entities: entityRows(b, ctx),
    relationships: relationshipRows(b, ctx),
    participations: participationRows(b, ctx),
    positions: positionRows(b.positions, ctx),
    ...claimRows(b, ctx),
    figures: figureRows(b, ctx),
  };
}
