// merge-participations
// Who took part in an event and in what role (one PARTICIPATED_IN per actor, event and role), with
// provenance lists as on every relationship. A new participation counts in both ends' connections.
// Parameters: $rows: {actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string,
//     articleId: string}[],
//   $now: datetime
// Returns: actorId: string, eventId: string, role: ParticipantRole, created: bool
UNWIND $rows AS row
MATCH (actor:Actor {id: row.actorId})
MATCH (ev:Event {id: row.eventId})
MERGE (actor)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
  ON CREATE SET r.createdAt = datetime($now),
                actor.connections = coalesce(actor.connections, 0) + 1, ev.connections = coalesce(ev.connections, 0) + 1
WITH r, row, actor, ev, row.articleId IN coalesce(r.sources, []) AS known
SET r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.provenance = CASE WHEN known THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
    r.note = coalesce(r.note, row.note),
    actor.connSort = right('0000000000' + toString(actor.connections), 10) + '\u0001' + actor.id,
    ev.connSort = right('0000000000' + toString(ev.connections), 10) + '\u0001' + ev.id
RETURN row.actorId AS actorId, row.eventId AS eventId, row.role AS role, NOT known AS created
