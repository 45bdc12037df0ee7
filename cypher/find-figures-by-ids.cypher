// find-figures-by-ids
// Figures by id, batched, with the claim stating each, the places and the event it counts.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (f:Figure {id: id})
RETURN id AS key, f {.*, claimId: [(c:Claim)-[:STATES]->(f) | c.id][0],
                   placeIds: COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id },
                   placeId: COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id }[0],
                   eventId: [(f)-[:COUNTS]->(e:Event) | e.id][0]} AS figure
