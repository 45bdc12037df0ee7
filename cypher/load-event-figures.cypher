// load-event-figures
// The per-event counts of each event (scope EVENT), with the claim that states them if any and the places
// they count, batched.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (f:Figure)-[:COUNTS]->(ev:Event {id: id})
RETURN id AS key, f {.*, claimId: [(c:Claim)-[:STATES]->(f) | c.id][0], placeIds: COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id }, eventId: ev.id} AS figure
ORDER BY f.metric, f.id
