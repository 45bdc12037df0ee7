// merge-entity-relationships
// Relationships between two entities (WITHIN, BORDERS, PART_OF, OCCURRED_IN, GOVERNS, ...). The type
// comes from the server's fixed table (vocabulary.ts; a unit test keeps the branches below in step
// with it), never from a client. One MERGE per type, because a MERGE on a dynamic type may be planned
// as a scan of every relationship (it is on an empty database, and the plan stays cached as the graph
// grows), while a static type is always found from its two ends. Provenance lives on the relationship:
// sources (article ids) and provenance (one JSON record per source, same order). A new relationship
// counts once in each end's connections (and its index-ordered sort key). A revision or a correction (row.replace) sets
// the properties anew and replaces its article's provenance record.
// Parameters: $rows: {type: string, from: string, to: string, props: Props, provenance: string, articleId: string,
//     replace?: bool, fact?: string}[],
//   $now: datetime
// Returns: type: string, from: string, to: string, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CALL (a, b, row) {
  WITH * WHERE row.type = 'WITHIN'
  MERGE (a)-[r:WITHIN]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'BORDERS'
  MERGE (a)-[r:BORDERS]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'PART_OF'
  MERGE (a)-[r:PART_OF]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'OCCURRED_IN'
  MERGE (a)-[r:OCCURRED_IN]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'MEMBER_OF'
  MERGE (a)-[r:MEMBER_OF]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'GOVERNS'
  MERGE (a)-[r:GOVERNS]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'BASED_IN'
  MERGE (a)-[r:BASED_IN]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'OPERATES_IN'
  MERGE (a)-[r:OPERATES_IN]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'SPEAKS_FOR'
  MERGE (a)-[r:SPEAKS_FOR]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'ALLIED_WITH'
  MERGE (a)-[r:ALLIED_WITH]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
  UNION ALL
  WITH * WHERE row.type = 'OPPOSES'
  MERGE (a)-[r:OPPOSES]->(b) ON CREATE SET r.createdAt = datetime($now), a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
  RETURN r
}
WITH a, b, r, row, row.articleId IN coalesce(r.sources, []) AS known, coalesce(row.replace, false) AS replace
SET r.provenance = CASE
      WHEN NOT known THEN coalesce(r.provenance, []) + row.provenance
      WHEN replace THEN [i IN range(0, size(r.sources) - 1) |
                         CASE WHEN r.sources[i] = row.articleId THEN row.provenance ELSE r.provenance[i] END]
      ELSE r.provenance END,
    r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    a.connSort = right('0000000000' + toString(a.connections), 10) + '\u0001' + a.id,
    b.connSort = right('0000000000' + toString(b.connections), 10) + '\u0001' + b.id
FOREACH (_ IN CASE WHEN replace THEN [1] ELSE [] END | SET r.startDate = null, r.endDate = null, r.note = null)
FOREACH (k IN [k IN keys(row.props) WHERE r[k] IS NULL OR replace] | SET r[k] = row.props[k])
RETURN row.type AS type, a.id AS from, b.id AS to, coalesce(row.fact, row.type) AS fact, NOT known AS created,
       known AND replace AS updated
