// count-graph
// Totals of nodes and relationships; the seeder loads only an empty graph, tests compare counts.
// Parameters: none
// Returns: nodes: int, relationships: int
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
