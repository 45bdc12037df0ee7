// find-neighborhood
// Nodes within $depth hops (at most 3) of a start node over the given relationship types, nearest
// first, capped at $limit nodes; then every relationship among the kept nodes. Ready to draw.
// Parameters: $id: string, $depth: int, $types: string[], $limit: int
// Returns: nodes: GraphNodeRow[], edges: {id: string, type: string, source: string, target: string, role: string?}[], total: int
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
  UNION
  MATCH (n:Figure {id: $id}) RETURN n
  UNION
  MATCH (n:Article {id: $id}) RETURN n
}
WITH n AS start
OPTIONAL MATCH p = (start)-[rels*1..3]-(m)
WHERE size(rels) <= $depth AND all(r IN rels WHERE type(r) IN $types) AND m <> start
WITH start, m, min(length(p)) AS dist
ORDER BY dist, m.id
WITH start, [x IN collect(m) WHERE x IS NOT NULL] AS reached
WITH start, size(reached) AS total, [start] + reached[0..($limit - 1)] AS kept
UNWIND kept AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN kept AND type(r) IN $types
WITH kept, total, collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE
       {id: elementId(r), type: type(r), source: a.id, target: b.id, role: r.role} END) AS edges
RETURN [k IN kept | k {.id, .name, .title, .text, .metric, .kind, .orgType, .placeType, .eventType, .subType, labels: labels(k)}] AS nodes,
       edges, total
