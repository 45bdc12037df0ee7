// load-figures
// Figures by id, with the claim stating them and the place and event they count, batched.
// Parameters: $ids: string[]
// Returns: key: string, figure: FigureNode
UNWIND $ids AS id
MATCH (f:Figure {id: id})
RETURN id AS key, f {.*, claimId: [(c:Claim)-[:STATES]->(f) | c.id][0], placeId: [(f)-[:FOR_PLACE]->(p:Place) | p.id][0], eventId: [(f)-[:COUNTS]->(e:Event) | e.id][0]} AS figure
