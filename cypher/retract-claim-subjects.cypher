// retract-claim-subjects
// A revision removed what a claim is about from its article: the article leaves the ABOUT's sources and
// provenance; an ABOUT left with no source is deleted.
// Parameters: $rows: {claimId: string, subjectId: string, articleId: string}[]
// Returns: claimId: string, subjectId: string, deleted: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})-[r:ABOUT]->(x)
WHERE x.id = row.subjectId AND row.articleId IN coalesce(r.sources, [])
WITH r, row, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> row.articleId] AS keep
SET r.provenance = [i IN keep | r.provenance[i]], r.sources = [i IN keep | r.sources[i]]
WITH r, row, size(keep) = 0 AS gone
CALL (r, gone) {
  WITH r WHERE gone
  DELETE r
}
RETURN row.claimId AS claimId, row.subjectId AS subjectId, gone AS deleted
