// complete-idempotency-key
// Stores the response of the mutation that claimed the key, in the claiming transaction (committed after).
// Parameters: $key: string, $response: string
// Returns: key: string
MATCH (k:IdempotencyKey {key: $key})
SET k.response = $response
RETURN k.key AS key
