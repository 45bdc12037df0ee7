// load-actor-participations
// The events each actor took part in, oldest first, batched by actor id.
// Parameters: $ids: string[]
// Returns: key: string, actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r:PARTICIPATED_IN]->(ev:Event)
RETURN id AS key, a.id AS actorId, ev.id AS eventId, r.role AS role, r.note AS note, r.provenance AS provenance
ORDER BY ev.startDate, ev.id, r.role
