// load-place-children
// The places directly within each place, batched by place id.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Place {id: id})<-[:WITHIN]-(child:Place)
RETURN id AS key, child {.*} AS entity
ORDER BY child.name
