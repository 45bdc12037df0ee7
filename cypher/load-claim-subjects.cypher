// load-claim-subjects
// The entities each claim is about, batched by claim id.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(x:Entity)
RETURN id AS key, x {.*} AS entity
ORDER BY x.name
