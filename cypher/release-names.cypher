// release-names
// Deletes the lock nodes lock-names created in this transaction (the locks themselves end at commit).
// Parameters: $keys: string[]
// Returns: released: int
UNWIND $keys AS key
MATCH (l:NameLock {key: key})
DELETE l
RETURN count(*) AS released
