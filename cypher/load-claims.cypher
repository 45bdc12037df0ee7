// load-claims
// Claims by id, batched.
// Parameters: $ids: list of string
// Returns: key: string, claim: map
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, c {.*} AS claim
