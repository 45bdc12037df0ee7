// find-neighborhood
// Nodes within $depth hops (at most 3) of a start node over the given relationship types, breadth
// first: each node is visited once, at its nearest level, and the walk stops once $countCap nodes are
// reached, so a hub with tens of thousands of neighbours costs no more than a small node. The first
// $limit nodes (the start included, nearest levels first) are returned with every relationship among
// them; total is how many were reached (exact when fewer than $countCap). Relationships of a hub
// (more than $degreeCap) are found from the other end, so no hub is read whole; with $withEdges false
// (the query selects no edges) none are read.
// Parameters: $id: string, $depth: int, $types: string[], $limit: int, $countCap: int, $degreeCap: int,
//   $withEdges: bool
// Returns: nodes: GraphNodeRow[], edges: {id: string, type: string, source: string, target: string, role: string?}[],
//   total: int, exact: bool
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
CALL (start) {
  MATCH (start)-[r]-(m) WHERE type(r) IN $types AND m <> start
  WITH DISTINCT m LIMIT $countCap
  RETURN collect(m) AS level1
}
CALL (start, level1) {
  WITH start, level1 WHERE $depth >= 2 AND size(level1) < $countCap
  UNWIND level1 AS a
  MATCH (a)-[r]-(m) WHERE type(r) IN $types AND m <> start AND NOT m IN level1
  WITH DISTINCT m LIMIT $countCap
  WITH collect(m) AS found
  RETURN found[0..($countCap - size(level1))] AS level2
  UNION
  WITH start, level1 WHERE $depth < 2 OR size(level1) >= $countCap
  RETURN [] AS level2
}
CALL (start, level1, level2) {
  WITH start, level1, level2 WHERE $depth >= 3 AND size(level1) + size(level2) < $countCap
  UNWIND level2 AS a
  MATCH (a)-[r]-(m) WHERE type(r) IN $types AND m <> start AND NOT m IN level1 AND NOT m IN level2
  WITH DISTINCT m LIMIT $countCap
  WITH collect(m) AS found
  RETURN found[0..($countCap - size(level1) - size(level2))] AS level3
  UNION
  WITH start, level1, level2 WHERE $depth < 3 OR size(level1) + size(level2) >= $countCap
  RETURN [] AS level3
}
WITH start, level1 + level2 + level3 AS reached
WITH size(reached) AS total, [start] + reached[0..($limit - 1)] AS kept
CALL (kept) {
  WITH kept WHERE $withEdges
  UNWIND kept AS a
  CALL (a, kept) {
    WITH a, kept WHERE COUNT { (a)--() } <= $degreeCap
    MATCH (a)-[r]->(b) WHERE type(r) IN $types AND b IN kept
    RETURN r, b
    UNION
    WITH a, kept WHERE COUNT { (a)--() } > $degreeCap
    UNWIND kept AS b
    MATCH (a)-[r]->(b) WHERE type(r) IN $types
    RETURN r, b
  }
  RETURN collect(DISTINCT {id: elementId(r), type: type(r), source: a.id, target: b.id, role: r.role}) AS edges
  UNION
  WITH kept WHERE NOT $withEdges
  RETURN [] AS edges
}
RETURN [k IN kept | k {.id, .name, .title, .text, .metric, .kind, .orgType, .placeType, .eventType, .subType,
                       labels: labels(k)}] AS nodes,
       edges, total, total < $countCap AS exact
