// find-shortest-paths
// Every shortest path (up to 6 hops, cut to $maxHops) between two entities, over fact relationships
// (not provenance links), with each hop's type and its stored start and end.
// Parameters: $fromId: string, $toId: string, $maxHops: int, $limit: int
// Returns: nodes: GraphNodeRow[], hops: {type: string, from: string, to: string, role: string?, provenance: string[]?}[]
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE NOT type(r) IN ['SOURCED_FROM', 'MENTIONS', 'NAMES'])
RETURN [n IN nodes(p) | n {.id, .name, .title, .text, .metric, .kind, .orgType, .placeType, .eventType, .subType, labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role, provenance: r.provenance}] AS hops
LIMIT $limit
