// load-path-parts
// The nodes and relationships of the paths a search found, by element id (direct seeks): each node
// ready to draw, each relationship with its type, stored direction, role and provenance.
// Parameters: $nodeIds: string[], $relIds: string[]
// Returns: nodes: {key: string, node: GraphNodeRow}[],
//   hops: {key: string, type: string, from: string, to: string, role: string?, provenance: string[]?}[]
CALL () {
  UNWIND $nodeIds AS id
  MATCH (n) WHERE elementId(n) = id
  RETURN collect({key: id, node: n {.id, .name, .title, .text, .metric, .kind, .orgType, .placeType, .eventType,
                                   .subType, labels: labels(n)}}) AS nodes
}
CALL () {
  UNWIND $relIds AS id
  MATCH ()-[r]->() WHERE elementId(r) = id
  RETURN collect({key: id, type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role,
                  provenance: r.provenance}) AS hops
}
RETURN nodes, hops
