// list-entity-names
// Every entity's names (preferred name first, then aliases): the dictionary the mention linker compiles.
// Parameters: none
// Returns: id: string, kind: EntityKind, names: string[]
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, [n.name] + coalesce(n.aliases, []) AS names
ORDER BY n.id
