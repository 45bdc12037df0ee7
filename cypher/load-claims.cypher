// load-claims
// Claims by id, batched.
// Parameters: $ids: string[]
// Returns: key: string, claim: ClaimNode
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, c {.*} AS claim
