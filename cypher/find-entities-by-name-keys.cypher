// find-entities-by-name-keys
// Existing entities of the same kind known by any of a candidate's normalised names (resolution, step
// 2), through the (:NameKey {id: kind|key}) index: one index seek per key, whatever the graph's size.
// exactHits counts matches on forms that keep honorifics, the stronger evidence when several match;
// nameHits counts matches on plain keys, so an entity found only by a phonetic key ("~najib") is known
// as the weakest match. The key's entity is reached only from the key: a plan made on a small graph (a
// bulk load's first batch) may otherwise scan every :Entity for each key, which in a later batch of
// 10,000 keys took 80 s. Hence the index hint and the label checked as data (a soft-deleted entity has
// lost it), not as a pattern a planner may start from.
// Parameters: $candidates: {ref: string, kind: EntityKind, keys: string[], exactKeys: string[]}[]
// Returns: ref: string, id: string, name: string, exactHits: int, nameHits: int
UNWIND $candidates AS c
CALL (c) {
  UNWIND c.keys AS key
  MATCH (k:NameKey {id: c.kind + '|' + key})-[:NAMES]->(n)
  USING INDEX k:NameKey(id)
  WHERE key IN n.nameKeys AND 'Entity' IN labels(n)
  RETURN DISTINCT n
}
RETURN c.ref AS ref, n.id AS id, n.name AS name, size([k IN c.exactKeys WHERE k IN n.nameKeys]) AS exactHits,
       size([k IN c.keys WHERE NOT k STARTS WITH '~' AND k IN n.nameKeys]) AS nameHits
