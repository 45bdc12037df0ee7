// restore-entity
// Undoes a soft delete: the entity gets its labels back, its neighbours count it again, and its version
// counts the write.
// Parameters: $id: string, $now: datetime, $by: string
// Returns: entity: EntityNode
MATCH (n:Deleted {id: $id})
SET n:$(n.deletedLabels), n.restoredAt = datetime($now), n.restoredBy = $by, n.version = coalesce(n.version, 0) + 1
REMOVE n:Deleted, n.deletedLabels, n.deletedAt, n.deletedBy
WITH n
CALL (n) {
  MATCH (n)-[r]-(x:Entity)
  WITH x, count(r) AS back
  SET x.connections = x.connections + back
  SET x.connSort = right('0000000000' + toString(x.connections), 10) + '\u0001' + x.id
}
RETURN n {.*} AS entity
