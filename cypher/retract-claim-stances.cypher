// retract-claim-stances
// A revision removed stances from its article: the article leaves the stance's sources and provenance;
// a stance left with no source is deleted, and an unnamed source left with no stance goes with it. The
// claim's quotes are those of its remaining stances.
// Parameters: $rows: {speakerId: string, claimId: string, stance: Stance, articleId: string}[]
// Returns: speakerId: string, claimId: string, deleted: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})<-[r:ASSERTS|DENIES]-(s)
WHERE type(r) = row.stance AND s.id = row.speakerId AND row.articleId IN coalesce(r.sources, [])
WITH c, s, r, row, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.articleId] AS keep
SET r.provenance = [i IN keep | r.provenance[i]], r.sources = [i IN keep | r.sources[i]]
WITH c, s, r, row, size(keep) = 0 AS gone
CALL (s, r, gone) {
  WITH s, r WHERE gone
  DELETE r
  WITH s WHERE s:AnonymousSource AND NOT EXISTS { (s)-[:ASSERTS|DENIES]->() }
  DETACH DELETE s
}
SET c.quotes = COLLECT { MATCH (c)<-[x:ASSERTS|DENIES]-() WHERE x.quote IS NOT NULL RETURN DISTINCT x.quote AS q ORDER BY q }
RETURN row.speakerId AS speakerId, row.claimId AS claimId, gone AS deleted
