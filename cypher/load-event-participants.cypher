// load-event-participants
// Who took part in each event and in what role, batched by event id.
// Parameters: $ids: string[]
// Returns: key: string, actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (ev:Event {id: id})<-[r:PARTICIPATED_IN]-(a:Actor)
RETURN id AS key, a.id AS actorId, ev.id AS eventId, r.role AS role, r.note AS note, r.provenance AS provenance
ORDER BY r.role, a.id
