// rekey-entities
// Replaces entities' name keys with keys recomputed by the server (after the normalisation changed):
// nameKeys and nameText follow, the (:NameKey)-[:NAMES]-> links of keys that went are removed and
// those of new keys made, as update-entity does for one entity.
// Parameters: $rows: {id: string, nameKeys: string[]}[]
// Returns: id: string
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.nameKeys = row.nameKeys, n.nameText = reduce(t = '|', k IN row.nameKeys | t + k + '|')
WITH n
CALL (n) {
  MATCH (k:NameKey)-[r:NAMES]->(n)
  WHERE NOT substring(k.id, size(n.kind) + 1) IN n.nameKeys
  DELETE r
}
CALL (n) {
  UNWIND n.nameKeys AS key
  MERGE (k:NameKey {id: n.kind + '|' + key})
  MERGE (k)-[:NAMES]->(n)
}
RETURN n.id AS id
