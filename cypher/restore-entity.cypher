// restore-entity
// Undoes a soft delete: the entity gets its labels back.
// Parameters: $id: string, $now: datetime, $by: string
// Returns: entity: EntityNode
MATCH (n:Deleted {id: $id})
SET n:$(n.deletedLabels), n.restoredAt = datetime($now), n.restoredBy = $by
REMOVE n:Deleted, n.deletedLabels, n.deletedAt, n.deletedBy
RETURN n {.*} AS entity
