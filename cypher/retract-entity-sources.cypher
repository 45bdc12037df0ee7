// retract-entity-sources
// A revision removed entities or events from its article: the article's account (SOURCED_FROM) goes.
// An entity left with no source and no relationship to anything (other than its name keys) existed only
// through this article and is deleted with its name key links; one that another article or fact still
// holds stays.
// Parameters: $rows: {id: string, articleId: string}[]
// Returns: id: string, deleted: bool
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})-[s:SOURCED_FROM]->(:Article {id: row.articleId})
DELETE s
WITH n, row, NOT EXISTS { (n)-[:SOURCED_FROM]->() } AND NOT EXISTS { (n)-[r]-() WHERE NOT r:NAMES } AS orphan
CALL (n, orphan) {
  WITH n WHERE orphan
  DETACH DELETE n
}
RETURN row.id AS id, orphan AS deleted
