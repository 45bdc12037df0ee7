// list-entity-names
// Every entity's names and stored keys, a page at a time in id order (the entity_id index, from the
// cursor): what re-keying names reads to recompute each entity's keys.
// Parameters: $after: string, $limit: int
// Returns: id: string, kind: EntityKind, names: string[], nameKeys: string[]
MATCH (n:Entity) WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT $limit
RETURN n.id AS id, n.kind AS kind, [n.name] + coalesce(n.aliases, []) AS names, coalesce(n.nameKeys, []) AS nameKeys
