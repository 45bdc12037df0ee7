// load-figure-groups
// Every figure of each group (the same metric, unit, scope and period and places, or event: accounts of
// one number), read by one index seek per group key, batched.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (f:Figure {groupKey: id})
RETURN id AS key, f {.*, claimId: [(c:Claim)-[:STATES]->(f) | c.id][0],
                   placeIds: COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id },
                   eventId: [(f)-[:COUNTS]->(e:Event) | e.id][0]} AS figure
ORDER BY f.id
