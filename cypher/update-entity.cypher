// update-entity
// Sets an entity's editable properties (null leaves one as it is), keeps its name key links and name
// sort key in step with its names, and records who changed it and when.
// Parameters: $id: string, $name: string?, $aliases: string[]?, $nameKeys: string[]?, $props: Props, $now: datetime,
//   $by: string
// Returns: entity: EntityNode
MATCH (n:Entity {id: $id})
SET n += $props,
    n.name = coalesce($name, n.name),
    n.aliases = coalesce($aliases, n.aliases),
    n.nameKeys = coalesce($nameKeys, n.nameKeys),
    n.updatedAt = datetime($now), n.updatedBy = $by
SET n.nameSort = toLower(n.name) + '\u0001' + n.id, n.nameText = reduce(t = '|', k IN n.nameKeys | t + k + '|')
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
RETURN n {.*} AS entity
