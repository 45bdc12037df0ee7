// merge-entity-relationships
// Relationships between two entities (WITHIN, BORDERS, PART_OF, OCCURRED_IN, GOVERNS, ...). The type
// comes from the server's fixed table (vocabulary.ts), never from a client. Provenance lives on the
// relationship: sources (article ids) and provenance (one JSON record per source, same order). A new
// relationship counts once in each end's connections (and its index-ordered sort key).
// Parameters: $rows: {type: string, from: string, to: string, props: Props, provenance: string, articleId: string}[],
//   $now: datetime
// Returns: type: string, from: string, to: string, created: bool
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
  ON CREATE SET r.createdAt = datetime($now),
                a.connections = coalesce(a.connections, 0) + 1, b.connections = coalesce(b.connections, 0) + 1
WITH r, row, a, b, row.articleId IN coalesce(r.sources, []) AS known
SET r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.provenance = CASE WHEN known THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
    a.connSort = right('0000000000' + toString(a.connections), 10) + '\u0001' + a.id,
    b.connSort = right('0000000000' + toString(b.connections), 10) + '\u0001' + b.id
FOREACH (k IN [k IN keys(row.props) WHERE r[k] IS NULL] | SET r[k] = row.props[k])
RETURN row.type AS type, a.id AS from, b.id AS to, NOT known AS created
