// create-entity
// Creates one named entity from an editor's input (labels from the server's fixed table), with its name
// key links and sort keys, and links it to an article when a source is given; its version starts at 1.
// Fails on an existing id (unique constraint, answered as CONFLICT).
// Parameters: $row: EntityRow, $articleId: string?, $source: SourceProps?, $now: datetime, $by: string
// Returns: entity: EntityNode
CREATE (n:Entity {id: $row.id})
SET n:$($row.labels), n += $row.props, n.name = $row.name, n.aliases = $row.aliases, n.nameKeys = $row.nameKeys,
    n.startDate = date($row.startDate), n.endDate = date($row.endDate),
    n.createdAt = datetime($now), n.createdBy = $by, n.connections = 0, n.version = 1,
    n.nameSort = toLower($row.name) + '\u0001' + $row.id,
    n.nameText = reduce(t = '|', k IN $row.nameKeys | t + k + '|'),
    n.connSort = '0000000000\u0001' + $row.id,
    n.startSort = CASE WHEN $row.startDate IS NULL THEN null ELSE $row.startDate + '\u0001' + $row.id END
WITH n
CALL (n) {
  UNWIND n.nameKeys AS key
  MERGE (k:NameKey {id: n.kind + '|' + key})
  MERGE (k)-[:NAMES]->(n)
}
OPTIONAL MATCH (a:Article {id: $articleId})
FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END |
  CREATE (n)-[s:SOURCED_FROM]->(a) SET s += coalesce($source, {}), s.at = datetime($now), s.by = $by)
RETURN n {.*} AS entity
