// find-entities-by-ids
// Which of the given ids exist already, and as what kind (entity resolution, step 1).
// Parameters: $ids: list of string
// Returns: id: string, kind: string
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind
