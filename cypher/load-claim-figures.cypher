// load-claim-figures
// The figures each claim states, with the place and event they count, batched by claim id.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:STATES]->(f:Figure)
RETURN id AS key, f {.*, claimId: c.id, placeIds: COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id }, eventId: [(f)-[:COUNTS]->(e:Event) | e.id][0]} AS figure
ORDER BY f.metric, f.id
