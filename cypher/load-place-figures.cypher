// load-place-figures
// Figures for each place or any place within it (a province's districts), batched by place id.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (f:Figure)-[:FOR_PLACE]->(p:Place)-[:WITHIN*0..6]->(:Place {id: id})
RETURN DISTINCT id AS key, f {.*, claimId: [(c:Claim)-[:STATES]->(f) | c.id][0], placeId: p.id, placeIds: COLLECT { MATCH (f)-[:FOR_PLACE]->(x:Place) RETURN x.id ORDER BY x.id }, eventId: [(f)-[:COUNTS]->(e:Event) | e.id][0]} AS figure
ORDER BY figure.metric, figure.id
