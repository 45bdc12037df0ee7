// load-subject-claims
// The claims about each entity, newest first, batched by entity id.
// Parameters: $ids: string[]
// Returns: key: string, claim: ClaimNode
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:ABOUT]-(c:Claim)
RETURN id AS key, c {.*} AS claim
ORDER BY c.date DESC, c.id
