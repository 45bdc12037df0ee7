import type { Plain } from '../neo4j/neo4j.convert';
import type { ProvenanceRecord } from './source.type';

/** Relationship provenance is stored as JSON records (one per source article); parse at the boundary. */
export function parseProvenance(list: Plain): ProvenanceRecord[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item !== 'string') return [];
    const p = JSON.parse(item) as Record<string, string>;
    return [
      {
        articleId: p.article!,
        basis: p.basis ?? 'ARTICLE',
        attribution: p.attribution ?? null,
        reportedById: p.reportedBy ?? null,
        evidence: p.evidence ?? null,
        note: p.note ?? null,
      },
    ];
  });
}
