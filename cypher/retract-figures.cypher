// retract-figures
// A revision removed figures from its article: its SOURCED_FROM goes, and a figure no article reports
// any more is deleted with its links.
// Parameters: $rows: {id: string, articleId: string}[]
// Returns: id: string, deleted: bool
UNWIND $rows AS row
MATCH (f:Figure {id: row.id})-[s:SOURCED_FROM]->(:Article {id: row.articleId})
DELETE s
WITH f, row, NOT EXISTS { (f)-[:SOURCED_FROM]->() } AS orphan
CALL (f, orphan) {
  WITH f WHERE orphan
  DETACH DELETE f
}
RETURN row.id AS id, orphan AS deleted
