// load-place-parents
// The place each place lies within (district → province → country), batched by place id.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Place {id: id})-[:WITHIN]->(parent:Place)
RETURN id AS key, parent {.*} AS entity
ORDER BY parent.name
