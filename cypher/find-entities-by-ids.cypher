// find-entities-by-ids
// Entities by id, batched: which exist and as what kind (entity resolution) and their properties
// (the per-request entity loader).
// Parameters: $ids: string[]
// Returns: key: string, id: string, kind: EntityKind, entity: EntityNode
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS key, n.id AS id, n.kind AS kind, n {.*} AS entity
