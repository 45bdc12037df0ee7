// find-entities-by-ids
// Entities by id, batched: which exist and as what kind (entity resolution) and their properties
// (the per-request entity loader).
// Parameters: $ids: list of string
// Returns: key: string, id: string, kind: string, entity: map
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS key, n.id AS id, n.kind AS kind, n {.*} AS entity
