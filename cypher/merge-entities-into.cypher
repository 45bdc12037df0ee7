// merge-entities-into
// Entity resolution by hand: moves every relationship of $mergeId onto $keepId (combining sources when
// the kept entity already has the same relationship), unions names, aliases and name keys, records a
// ChangeRecord with the merged entity's snapshot, leaves a (:Redirect) for the merged id, and deletes
// the merged node. Relationship types are
// copied from existing relationships, never from a client. The kept entity is linked to every name key.
// Parameters: $keepId: string, $mergeId: string, $snapshot: string, $now: datetime, $by: string
// Returns: moved: int, aliases: string[]
MATCH (k:Entity {id: $keepId})
MATCH (m:Entity {id: $mergeId})
CALL (k, m) {
  MATCH (m)-[r]->(x) WHERE x <> k AND NOT r:NAMES
  OPTIONAL MATCH (k)-[same]->(x) WHERE type(same) = type(r) AND coalesce(same.role, '') = coalesce(r.role, '') AND coalesce(same.start, -1) = coalesce(r.start, -1)
  FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END |
    CREATE (k)-[nr:$(type(r))]->(x) SET nr = properties(r))
  FOREACH (_ IN CASE WHEN same IS NULL THEN [] ELSE [1] END |
    SET same.sources = reduce(acc = coalesce(same.sources, []), s IN coalesce(r.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END),
        same.provenance = coalesce(same.provenance, []) + [p IN coalesce(r.provenance, []) WHERE NOT p IN coalesce(same.provenance, [])])
  RETURN count(r) AS outMoved
}
CALL (k, m) {
  MATCH (m)<-[r]-(x) WHERE x <> k AND NOT r:NAMES
  OPTIONAL MATCH (k)<-[same]-(x) WHERE type(same) = type(r) AND coalesce(same.role, '') = coalesce(r.role, '') AND coalesce(same.start, -1) = coalesce(r.start, -1)
  FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END |
    CREATE (k)<-[nr:$(type(r))]-(x) SET nr = properties(r))
  FOREACH (_ IN CASE WHEN same IS NULL THEN [] ELSE [1] END |
    SET same.sources = reduce(acc = coalesce(same.sources, []), s IN coalesce(r.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END),
        same.provenance = coalesce(same.provenance, []) + [p IN coalesce(r.provenance, []) WHERE NOT p IN coalesce(same.provenance, [])])
  RETURN count(r) AS inMoved
}
SET k.aliases = reduce(acc = [], x IN coalesce(k.aliases, []) + [m.name] + coalesce(m.aliases, []) |
                  CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END),
    k.nameKeys = reduce(acc = [], x IN coalesce(k.nameKeys, []) + coalesce(m.nameKeys, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.mergedIds = coalesce(k.mergedIds, []) + m.id,
    k.nameText = '|' + reduce(t = '', x IN reduce(acc = [], y IN coalesce(k.nameKeys, []) + coalesce(m.nameKeys, []) |
                  CASE WHEN y IN acc THEN acc ELSE acc + y END) | t + x + '|'),
    k.updatedAt = datetime($now), k.updatedBy = $by
CREATE (:ChangeRecord {action: 'MERGE', entityId: m.id, mergedInto: k.id, snapshot: $snapshot, at: datetime($now), by: $by})
WITH k, m, outMoved + inMoved AS moved, COLLECT { MATCH (m)--(x:Entity) WHERE x <> k RETURN DISTINCT x } AS touched
// The merged id (and every id merged into it before) now leads to k: a (:Redirect) per id, found by
// its unique index when a stale link asks (find-merged-entities).
CALL (k, m) {
  MATCH (earlier:Redirect)-[x:MERGED_INTO]->(m)
  CREATE (earlier)-[:MERGED_INTO]->(k)
  DELETE x
}
MERGE (redirect:Redirect {id: m.id})
MERGE (redirect)-[:MERGED_INTO]->(k)
DETACH DELETE m
WITH k, moved, touched
// Relationships that joined an existing one, or pointed at k, changed the counts: count k and the
// merged entity's neighbours again (bounded by the merged entity's degree).
CALL (k, touched) {
  UNWIND touched + [k] AS x
  SET x.connections = COUNT { (x)--(:Entity) }
  SET x.connSort = right('0000000000' + toString(x.connections), 10) + '\u0001' + x.id
}
CALL (k) {
  UNWIND k.nameKeys AS key
  MERGE (nk:NameKey {id: k.kind + '|' + key})
  MERGE (nk)-[:NAMES]->(k)
}
RETURN moved, k.aliases AS aliases
