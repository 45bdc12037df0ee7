// The two statements no GraphQL layer here can derive from a schema: a distance-ordered, capped 2-hop
// neighbourhood over every fact relationship type, and all shortest paths. The raw floor runs them
// directly; @neo4j/graphql runs the very same text through `@cypher` fields, so on Q4 and Q5 the
// difference between those two targets is the library alone. Each returns ONE column (what `@cypher`
// requires) holding a map. Parameters only; no value is ever concatenated into the text.

/** Every relationship type that is a fact (all but SOURCED_FROM and MENTIONS), as a Cypher type union. */
export const FACT_TYPES = [
  'WITHIN',
  'BORDERS',
  'PART_OF',
  'MEMBER_OF',
  'GOVERNS',
  'BASED_IN',
  'OPERATES_IN',
  'SPEAKS_FOR',
  'ALLIED_WITH',
  'OPPOSES',
  'OCCURRED_IN',
  'PARTICIPATED_IN',
  'HOLDS',
  'OFFICE_OF',
  'ASSERTS',
  'DENIES',
  'ABOUT',
  'STATES',
  'FOR_PLACE',
  'COUNTS',
].join('|');

/**
 * Breadth first, one hop at a time, so that each node is reached once at its distance instead of every
 * path to it being enumerated; nearest first, then by id, capped at $limit nodes with the start
 * included (khabar's rule). Parameters: $id, $limit. Column: hood {reachable, nodeIds}.
 */
export const TWO_HOP_NEIGHBOURHOOD = `
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[:${FACT_TYPES}]-(n1) WHERE n1 <> start
  WITH DISTINCT n1 ORDER BY n1.id
  RETURN collect(n1) AS hop1
}
CALL (start, hop1) {
  UNWIND hop1 AS n1
  MATCH (n1)-[:${FACT_TYPES}]-(n2) WHERE n2 <> start
  WITH DISTINCT n2 WHERE NOT n2 IN hop1
  WITH n2 ORDER BY n2.id
  RETURN collect(n2) AS hop2
}
WITH start, hop1 + hop2 AS reached
RETURN {reachable: size(reached), nodeIds: [start.id] + [x IN reached[0..($limit - 1)] | x.id]} AS hood`;

/**
 * Every shortest path over fact relationship types only: the pattern itself leaves provenance links
 * out, so the search never takes an article as a short cut. Parameters: $fromId, $toId, $maxHops,
 * $limit. Column: path {length, nodeIds}, one row per path.
 */
export const SHORTEST_PATHS = `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..6]-(b))
WHERE length(p) <= $maxHops
RETURN {length: length(p), nodeIds: [n IN nodes(p) | n.id]} AS path
LIMIT $limit`;
