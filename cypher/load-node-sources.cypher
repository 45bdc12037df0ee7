// load-node-sources
// The articles that reported each node fact (entity, claim or figure), with basis, attribution and
// evidence, batched by node id.
// Parameters: $ids: string[]
// Returns: key: string, articleId: string, source: SourceProps
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Figure {id: id}) RETURN n
}
MATCH (n)-[s:SOURCED_FROM]->(a:Article)
RETURN id AS key, a.id AS articleId, s {.basis, .attribution, .evidence, .reportedBy, .note} AS source
ORDER BY a.publishedDate, a.id
