// retract-claims
// A revision removed claims from its article: its SOURCED_FROM goes. A claim no article reports any more
// and no stance holds (stances of other articles keep it) is deleted.
// Parameters: $rows: {id: string, articleId: string}[]
// Returns: id: string, deleted: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})-[s:SOURCED_FROM]->(:Article {id: row.articleId})
DELETE s
WITH c, row, NOT EXISTS { (c)-[:SOURCED_FROM]->() } AND NOT EXISTS { (c)<-[:ASSERTS|DENIES]-() } AS orphan
CALL (c, orphan) {
  WITH c WHERE orphan
  DETACH DELETE c
}
RETURN row.id AS id, orphan AS deleted
