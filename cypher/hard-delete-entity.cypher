// hard-delete-entity
// Removes an entity (live or soft-deleted) for good, leaving a ChangeRecord that keeps its properties
// and every relationship with its sources, as JSON built by the server. Live neighbours count it no
// more (a soft-deleted entity was uncounted when it was hidden).
// Parameters: $id: string, $snapshot: string, $now: datetime, $by: string
// Returns: id: string
MATCH (n {id: $id}) WHERE n:Entity OR n:Deleted
CALL (n) {
  WITH n WHERE n:Entity
  MATCH (n)-[r]-(x:Entity)
  WITH x, count(r) AS lost
  SET x.connections = x.connections - lost
  SET x.connSort = right('0000000000' + toString(x.connections), 10) + '\u0001' + x.id
}
CREATE (:ChangeRecord {action: 'HARD_DELETE', entityId: n.id, snapshot: $snapshot, at: datetime($now), by: $by})
DETACH DELETE n
RETURN $id AS id
