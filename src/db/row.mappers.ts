import { SPEAKER_KINDS, type ClaimRecord, type FigureRecord, type StanceRecord } from '../model/claim.model';
import type { EntityRecord } from '../model/entity.model';
import type { GraphNode, NodeKind } from '../model/graph.model';
import type { ArticleRecord, MentionRecord, ProvenanceRecord } from '../model/source.model';
import { BASES, EVENT_STATUSES } from '../model/vocabulary';
import type {
  ArticleNode,
  ClaimNode,
  EntityNode,
  FigureNode,
  GraphNodeRow,
  QueryRows,
  SourceProps,
} from './queries.generated';

// Stored shapes (typed by the cypher/ headers) become the model's records here: absent properties
// become null, internal ones (nameKeys, createdAt ...) stay behind, and relationship provenance JSON
// is parsed. Nothing above the db layer sees a stored shape.

export function toEntity(n: EntityNode): EntityRecord {
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    aliases: n.aliases ?? [],
    description: n.description ?? null,
    orgType: n.orgType ?? null,
    placeType: n.placeType ?? null,
    countryCode: n.countryCode ?? null,
    eventType: n.eventType ?? null,
    subType: n.subType ?? null,
    startDate: n.startDate ?? null,
    endDate: n.endDate ?? null,
    datePrecision: n.datePrecision ?? null,
    ongoing: n.ongoing === true,
    connectionCount: n.connections ?? 0,
    version: n.version ?? 0,
    status: EVENT_STATUSES.find((x) => x === n.status) ?? null,
  };
}

export function toClaim(n: ClaimNode): ClaimRecord {
  return {
    id: n.id,
    kind: n.kind,
    text: n.text,
    date: n.date ?? null,
    datePrecision: n.datePrecision ?? null,
    quotes: n.quotes ?? [],
  };
}

export function toFigure(n: FigureNode): FigureRecord {
  return {
    id: n.id,
    metric: n.metric,
    value: n.value ?? null,
    low: n.low ?? null,
    best: n.best ?? null,
    high: n.high ?? null,
    approximation: n.approximation ?? null,
    unit: n.unit,
    scope: n.scope,
    periodStart: n.periodStart ?? null,
    periodEnd: n.periodEnd ?? null,
    periodPrecision: n.periodPrecision ?? null,
    qualifier: n.qualifier ?? null,
    claimId: n.claimId ?? null,
    placeId: n.placeId ?? n.placeIds?.[0] ?? null,
    placeIds: n.placeIds ?? (n.placeId ? [n.placeId] : []),
    eventId: n.eventId ?? null,
    label: n.label ?? null,
    groupKey: n.groupKey ?? null,
  };
}

export function toArticle(n: ArticleNode): ArticleRecord {
  return {
    id: n.id,
    title: n.title,
    publisher: n.publisher ?? null,
    publishedDate: n.publishedDate,
    datePrecision: n.datePrecision ?? 'DAY',
    dateCertainty: n.dateCertainty,
    dateNote: n.dateNote ?? null,
    file: n.file ?? null,
    url: n.url ?? null,
    language: n.language ?? null,
    mentionCandidates: n.mentionCandidates ?? [],
  };
}

export function toSource(articleId: string, s: SourceProps): ProvenanceRecord {
  return {
    articleId,
    basis: s.basis,
    attribution: s.attribution ?? null,
    reportedById: s.reportedBy ?? null,
    evidence: s.evidence ?? null,
    note: s.note ?? null,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * Relationship provenance is stored as JSON records (relationships cannot point at an Article node),
 * one per source article; written only by the engine, so a record that does not parse is a bug.
 */
export function parseProvenance(list: string[] | null | undefined): ProvenanceRecord[] {
  return (list ?? []).map((item) => {
    const p: unknown = JSON.parse(item);
    if (typeof p !== 'object' || p === null) throw new Error(`provenance record is not an object: ${item}`);
    const m = p as Record<string, unknown>;
    const basis = BASES.find((b) => b === m.basis) ?? 'ARTICLE';
    return {
      articleId: String(m.article),
      basis,
      attribution: text(m.attribution),
      reportedById: text(m.reportedBy),
      evidence: text(m.evidence),
      note: text(m.note),
    };
  });
}

export function toStance(r: QueryRows['load-claim-stances']): StanceRecord {
  return {
    speakerKind: SPEAKER_KINDS.find((k) => k === r.speakerKind) ?? 'ACTOR',
    speakerId: r.speakerId,
    actorId: r.actorId ?? null,
    description: r.description ?? null,
    claimId: r.claimId,
    stance: r.stance,
    date: r.date ?? null,
    datePrecision: r.datePrecision ?? null,
    quote: r.quote ?? null,
    via: r.via ?? null,
    sources: parseProvenance(r.provenance),
  };
}

export function toMention(r: QueryRows['load-article-mentions']): MentionRecord {
  return {
    articleId: r.articleId,
    entityId: r.entityId,
    surface: r.surface,
    start: r.start,
    end: r.end,
    ambiguous: r.ambiguous,
  };
}

const KIND_BY_LABEL: [string, NodeKind][] = [
  ['Claim', 'CLAIM'],
  ['Figure', 'FIGURE'],
  ['Article', 'ARTICLE'],
  ['Office', 'OFFICE'],
  ['Person', 'PERSON'],
  ['Organization', 'ORGANIZATION'],
  ['Place', 'PLACE'],
  ['Event', 'EVENT'],
];

/** Any node as something to draw; labels decide the kind (a Claim's own `kind` is STATEMENT, REPORT ...). */
export function toGraphNode(n: GraphNodeRow): GraphNode {
  const kind = KIND_BY_LABEL.find(([l]) => n.labels.includes(l))?.[1] ?? 'OFFICE';
  const label = n.name ?? n.title ?? n.text ?? n.metric ?? n.id;
  const subtype = n.orgType ?? n.placeType ?? n.eventType ?? (kind === 'CLAIM' ? n.kind : null) ?? null;
  return { id: n.id, label, kind, subtype };
}
