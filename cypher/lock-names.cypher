// lock-names
// Takes a write lock per kind-scoped name key (MERGE on a unique key locks it until commit), so a
// concurrent ingest resolving the same name waits and then sees this one's entities. The lock nodes
// are deleted by release-names in the same transaction: they never outlive it.
// Parameters: $keys: string[]
// Returns: locked: int
UNWIND $keys AS key
MERGE (l:NameLock {key: key})
RETURN count(l) AS locked
