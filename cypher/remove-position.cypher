// remove-position
// Removes a person's position (every source of it), keeping it in a ChangeRecord; an office then held
// by nobody stays (it is shared, and its history may be told again).
// Parameters: $personId: string, $officeId: string, $reason: string?, $now: datetime, $by: string
// Returns: removed: int
MATCH (p:Person {id: $personId})-[h:HOLDS]->(o:Office {id: $officeId})
CREATE (:ChangeRecord {action: 'REMOVE_RELATIONSHIP', type: 'HOLDS', from: p.id, to: o.id, targetId: p.id,
                       sources: h.sources, provenance: h.provenance, startDate: h.startDate, endDate: h.endDate,
                       asOf: h.asOf, reason: $reason, at: datetime($now), by: $by})
DELETE h
RETURN count(*) AS removed
