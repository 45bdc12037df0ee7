// retract-positions
// A revision removed positions from its article: its provenance record leaves the HOLDS; a HOLDS left
// with no source is deleted, and an office then held by nobody goes with it.
// Parameters: $rows: {personId: string, officeId: string, articleId: string}[]
// Returns: personId: string, officeId: string, deleted: bool
UNWIND $rows AS row
MATCH (:Person {id: row.personId})-[h:HOLDS]->(o:Office {id: row.officeId})
WHERE row.articleId IN coalesce(h.sources, [])
WITH o, h, row, [i IN range(0, size(h.sources) - 1) WHERE h.sources[i] <> row.articleId] AS keep
SET h.provenance = [i IN keep | h.provenance[i]], h.sources = [i IN keep | h.sources[i]]
WITH o, h, row, size(keep) = 0 AS gone
CALL (o, h, gone) {
  WITH o, h WHERE gone
  DELETE h
  WITH o WHERE NOT EXISTS { (o)<-[:HOLDS]-() }
  DETACH DELETE o
}
RETURN row.personId AS personId, row.officeId AS officeId, gone AS deleted
