// find-article-reach
// For live updates: what a stored article reported, so that a subscription filtered by an entity or a place
// can tell whether it wants the article. Entities: those it is a source of or mentions. Places: the places it
// is a source of and where its events happened, each with every place it lies within. newClaimIds: its
// claims created at or after $since (the start of the write that ingested it).
// Parameters: $id: string, $since: datetime
// Returns: entityIds: string[], placeIds: string[], newClaimIds: string[]
MATCH (a:Article {id: $id})
RETURN
  COLLECT {
    MATCH (a)<-[:SOURCED_FROM]-(x:Entity) RETURN x.id AS x
    UNION
    MATCH (a)-[:MENTIONS]->(x:Entity) RETURN x.id AS x
  } AS entityIds,
  COLLECT {
    MATCH (a)<-[:SOURCED_FROM]-(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
    UNION
    MATCH (a)<-[:SOURCED_FROM]-(:Event)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(p:Place) RETURN p.id AS p
  } AS placeIds,
  COLLECT {
    MATCH (a)<-[:SOURCED_FROM]-(c:Claim) WHERE c.createdAt >= datetime($since) RETURN c.id AS c ORDER BY c
  } AS newClaimIds
