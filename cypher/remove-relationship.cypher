// remove-relationship
// Removes one relationship between two entities (type from the server's table; role for
// PARTICIPATED_IN) and keeps a ChangeRecord with its properties and sources; both ends count one
// connection fewer.
// Parameters: $type: string, $fromId: string, $toId: string, $role: string?, $now: datetime, $by: string
// Returns: removed: int
MATCH (a:Entity {id: $fromId})-[r:$($type)]->(b:Entity {id: $toId})
WHERE $role IS NULL OR r.role = $role
CREATE (c:ChangeRecord {action: 'REMOVE_RELATIONSHIP', type: type(r), from: a.id, to: b.id, at: datetime($now), by: $by})
SET c.role = r.role, c.sources = r.sources, c.provenance = r.provenance, c.startDate = r.startDate,
    c.endDate = r.endDate, c.note = r.note
DELETE r
SET a.connections = a.connections - 1, b.connections = b.connections - 1
WITH a, b, count(c) AS removed
SET a.connSort = right('0000000000' + toString(a.connections), 10) + '\u0001' + a.id, b.connSort = right('0000000000' + toString(b.connections), 10) + '\u0001' + b.id
RETURN removed
