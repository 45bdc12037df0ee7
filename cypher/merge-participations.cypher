// merge-participations
// Who took part in an event and in what role (one PARTICIPATED_IN per actor, event and role), with
// provenance lists as on every relationship.
// Parameters: $rows: {actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string}[],
//   $articleId: string, $now: datetime
// Returns: actorId: string, eventId: string, role: ParticipantRole, created: bool
UNWIND $rows AS row
MATCH (actor:Actor {id: row.actorId})
MATCH (ev:Event {id: row.eventId})
MERGE (actor)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
WITH r, row, $articleId IN coalesce(r.sources, []) AS known
SET r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + $articleId END,
    r.provenance = CASE WHEN known THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
    r.note = coalesce(r.note, row.note),
    r.createdAt = coalesce(r.createdAt, datetime($now))
RETURN row.actorId AS actorId, row.eventId AS eventId, row.role AS role, NOT known AS created
