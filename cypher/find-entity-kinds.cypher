// find-entity-kinds
// Which of these ids name an entity, and as what (entity resolution). Only the few properties
// resolution reads, so a bulk batch's thousands of ids cost no more than their index seeks.
// Parameters: $ids: string[]
// Returns: id: string, kind: EntityKind, isCountry: bool
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind, coalesce(n.placeType = 'COUNTRY', false) AS isCountry
