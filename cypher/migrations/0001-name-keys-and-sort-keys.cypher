// Stores written before the name key index and the index-ordered lists: every entity gets its
// (:NameKey)-[:NAMES]-> links, its sort keys and its connections count; the old lock nodes go.
MATCH (l:NameLock) DETACH DELETE l;
MATCH (n:Entity)
CALL (n) {
  SET n.nameSort = toLower(n.name) + '\u0001' + n.id,
      n.nameText = reduce(t = '|', k IN n.nameKeys | t + k + '|'),
      n.startSort = CASE WHEN n.startDate IS NULL THEN null ELSE toString(n.startDate) + '\u0001' + n.id END,
      n.connections = COUNT { (n)--(:Entity) }
  SET n.connSort = right('0000000000' + toString(n.connections), 10) + '\u0001' + n.id
  WITH n
  UNWIND coalesce(n.nameKeys, []) AS key
  MERGE (k:NameKey {id: n.kind + '|' + key})
  MERGE (k)-[:NAMES]->(n)
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (c:Claim)
CALL (c) {
  SET c.dateSort = toString(coalesce(c.date, date('0001-01-01'))) + '\u0001' + c.id
} IN TRANSACTIONS OF 1000 ROWS;
