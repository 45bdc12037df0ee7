// lock-entities
// Takes the write lock of each entity a read-modify-write is about to change (an edit, a delete, a merge),
// held until commit, and counts the write in the entity's version: a concurrent writer of the same entity
// waits here, then reads what this one wrote. $ids sorted, so two writers lock in one order. Returns the
// version each entity had before this write (0 for an entity written before versions), for expectedVersion.
// The lock is taken by a write that reads nothing (SET then REMOVE of a marker) before the version is read:
// an increment alone (n.version = n.version + 1) lets a waiting writer deadlock with the holder as soon as
// the holder changes the entity's relationships.
// Parameters: $ids: string[]
// Returns: id: string, version: int
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
WITH n
SET n.version = coalesce(n.version, 0) + 1
RETURN n.id AS id, n.version - 1 AS version
