// hard-delete-entity
// Removes an entity (live or soft-deleted) for good, leaving a ChangeRecord that keeps its properties
// and every relationship with its sources, as JSON built by the server.
// Parameters: $id: string, $snapshot: string, $now: datetime, $by: string
// Returns: id: string
MATCH (n {id: $id}) WHERE n:Entity OR n:Deleted
CREATE (:ChangeRecord {action: 'HARD_DELETE', entityId: n.id, snapshot: $snapshot, at: datetime($now), by: $by})
DETACH DELETE n
RETURN $id AS id
