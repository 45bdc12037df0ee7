// find-claim-reach
// For live updates: what each claim concerns, so that a subscription filtered by an entity or a place can
// tell whether it wants the claim. Entities: those it is about, its speakers, the events its figures count.
// Places: those it is about or its figures are for, where the events it is about or counts happened, each
// with every place it lies within (as the claims list's place filter reads WITHIN).
// Parameters: $ids: string[]
// Returns: id: string, entityIds: string[], placeIds: string[]
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id,
  COLLECT {
    MATCH (c)-[:ABOUT]->(x:Entity) RETURN x.id AS x
    UNION
    MATCH (c)<-[:ASSERTS|DENIES]-(x:Actor) RETURN x.id AS x
    UNION
    MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(x:Event) RETURN x.id AS x
  } AS entityIds,
  COLLECT {
    MATCH (c)-[:ABOUT]->(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
    UNION
    MATCH (c)-[:STATES]->(:Figure)-[:FOR_PLACE]->(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
    UNION
    MATCH (c)-[:ABOUT]->(:Event)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
    UNION
    MATCH (c)-[:STATES]->(:Figure)-[:COUNTS]->(:Event)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
  } AS placeIds
