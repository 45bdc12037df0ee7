// lock-schema
// Takes the schema lock: the write lock of the schema's own Migration node, held until the transaction
// that took it ends (or its connection drops), so replicas starting together apply the schema one at a
// time and each later one finds the steps recorded. Returns who applied the schema last.
// Parameters: $id: string, $holder: string, $now: datetime
// Returns: appliedBy: string?, appliedAt: datetime?
MERGE (m:Migration {id: $id})
SET m.lockedBy = $holder, m.lockedAt = datetime($now)
RETURN m.appliedBy AS appliedBy, m.appliedAt AS appliedAt
