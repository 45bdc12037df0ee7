// find-path-ends
// The two entities a path search joins, by id (one index seek each), as the element ids the search
// walks by; no row when either is unknown.
// Parameters: $fromId: string, $toId: string
// Returns: from: string, to: string
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
RETURN elementId(a) AS from, elementId(b) AS to
