// claim-idempotency-key
// Claims a mutation's idempotency key, or returns what an earlier request stored under it. The key's write
// lock is taken before its state is read (ON MATCH SET) and the claiming transaction stays open while the
// mutation runs, so a concurrent request with the same key waits here, then sees the stored response (or
// claims the key when the first attempt gave it up). A committed key always holds a response; an expired
// one is claimed afresh.
// Parameters: $key: string, $hash: string, $now: datetime, $expiresAt: datetime
// Returns: claimed: bool, hash: string, response: string?
MERGE (k:IdempotencyKey {key: $key})
  ON CREATE SET k.hash = $hash, k.createdAt = datetime($now), k.expiresAt = datetime($expiresAt)
  ON MATCH SET k.seenAt = datetime($now)
WITH k, k.response IS NULL OR k.expiresAt <= datetime($now) AS claimed
WITH k, claimed, k.hash AS storedHash, k.response AS storedResponse
FOREACH (_ IN CASE WHEN claimed THEN [1] ELSE [] END |
  SET k.hash = $hash, k.createdAt = datetime($now), k.expiresAt = datetime($expiresAt), k.response = null
)
RETURN claimed, CASE WHEN claimed THEN $hash ELSE storedHash END AS hash,
  CASE WHEN claimed THEN null ELSE storedResponse END AS response
