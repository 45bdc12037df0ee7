// lock-name-keys
// Takes the write lock of each kind-scoped name key an ingest is about to resolve (creating the key
// node when new), held until commit: a concurrent ingest resolving the same name waits, then sees this
// one's entities. Keys stay as the resolution index (merge-entities links them to their entities).
// Parameters: $ids: string[], $now: datetime
// Returns: locked: int
UNWIND $ids AS id
MERGE (k:NameKey {id: id})
SET k.lockedAt = datetime($now)
RETURN count(k) AS locked
