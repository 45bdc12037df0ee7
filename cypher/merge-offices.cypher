// merge-offices
// Joins duplicate offices (the same office of the same body under two ids): every HOLDS of the merged
// office moves to the kept one (joining a holder's HOLDS there, sources and provenance records of articles
// not yet in it appended), the names are unioned, a ChangeRecord keeps the merged office, and it goes.
// Parameters: $pairs: {keepId: string, mergeId: string, snapshot: string}[], $now: datetime, $by: string
// Returns: keepId: string, mergeId: string, moved: int
UNWIND $pairs AS pair
MATCH (k:Office {id: pair.keepId})
MATCH (m:Office {id: pair.mergeId})
CALL (k, m) {
  MATCH (p:Person)-[h:HOLDS]->(m)
  MERGE (p)-[kh:HOLDS]->(k)
    ON CREATE SET kh.createdAt = h.createdAt
  WITH h, kh, [i IN range(0, size(coalesce(h.sources, [])) - 1) WHERE NOT h.sources[i] IN coalesce(kh.sources, [])] AS add
  SET kh.sources = coalesce(kh.sources, []) + [i IN add | h.sources[i]],
      kh.provenance = coalesce(kh.provenance, []) + [i IN add | h.provenance[i]],
      kh.startDate = coalesce(kh.startDate, h.startDate), kh.endDate = coalesce(kh.endDate, h.endDate),
      kh.asOf = CASE WHEN kh.asOf IS NULL OR h.asOf > kh.asOf THEN coalesce(h.asOf, kh.asOf) ELSE kh.asOf END
  RETURN count(h) AS moved
}
SET k.aliases = reduce(acc = [], x IN coalesce(k.aliases, []) + [m.name] + coalesce(m.aliases, []) |
                  CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END),
    k.mergedIds = coalesce(k.mergedIds, []) + m.id, k.updatedAt = datetime($now), k.updatedBy = $by
CREATE (:ChangeRecord {action: 'MERGE', entityId: m.id, targetId: m.id, mergedInto: k.id, snapshot: pair.snapshot,
                       at: datetime($now), by: $by})
DETACH DELETE m
RETURN pair.keepId AS keepId, pair.mergeId AS mergeId, moved
