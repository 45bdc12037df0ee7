// find-entities-by-mention-keys
// The entities whose names could be mentioned in a text: those known by one of the text's word
// sequences (the linker's keys, every kind), found through the (:NameKey) index, with all their names
// for the linker's dictionary. Cost follows the text, not the graph.
// Parameters: $keys: string[], $kinds: string[]
// Returns: id: string, kind: EntityKind, names: string[]
UNWIND $keys AS key
UNWIND $kinds AS kind
MATCH (:NameKey {id: kind + '|' + key})-[:NAMES]->(n:Entity)
WITH DISTINCT n
RETURN n.id AS id, n.kind AS kind, [n.name] + coalesce(n.aliases, []) AS names
ORDER BY id
