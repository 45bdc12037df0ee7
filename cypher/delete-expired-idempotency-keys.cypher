// delete-expired-idempotency-keys
// Deletes a batch of idempotency keys past their expiry (IDEMPOTENCY_TTL_HOURS), through the expiry index.
// Parameters: $now: datetime, $limit: int
// Returns: deleted: int
MATCH (k:IdempotencyKey)
WHERE k.expiresAt <= datetime($now)
WITH k
LIMIT $limit
DELETE k
RETURN count(*) AS deleted
