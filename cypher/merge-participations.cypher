// merge-participations
// Who took part in an event and in what role (one PARTICIPATED_IN per actor, event and role), with
// provenance lists as on every relationship. A new participation counts in both ends' connections. A
// revision (row.replace) sets the note anew and replaces its article's provenance record.
// Parameters: $rows: {actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string,
//     articleId: string, replace?: bool, fact?: string}[],
//   $now: datetime
// Returns: actorId: string, eventId: string, role: ParticipantRole, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MATCH (actor:Actor {id: row.actorId})
MATCH (ev:Event {id: row.eventId})
MERGE (actor)-[r:PARTICIPATED_IN {role: row.role}]->(ev)
  ON CREATE SET r.createdAt = datetime($now),
                actor.connections = coalesce(actor.connections, 0) + 1, ev.connections = coalesce(ev.connections, 0) + 1
WITH r, row, actor, ev, row.articleId IN coalesce(r.sources, []) AS known, coalesce(row.replace, false) AS replace
SET r.provenance = CASE
      WHEN NOT known THEN coalesce(r.provenance, []) + row.provenance
      WHEN replace THEN [i IN range(0, size(r.sources) - 1) |
                         CASE WHEN r.sources[i] = row.articleId THEN row.provenance ELSE r.provenance[i] END]
      ELSE r.provenance END,
    r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.note = CASE WHEN replace THEN row.note ELSE coalesce(r.note, row.note) END,
    actor.connSort = right('0000000000' + toString(actor.connections), 10) + '\u0001' + actor.id,
    ev.connSort = right('0000000000' + toString(ev.connections), 10) + '\u0001' + ev.id
RETURN row.actorId AS actorId, row.eventId AS eventId, row.role AS role, coalesce(row.fact, row.eventId) AS fact,
       NOT known AS created, known AND replace AS updated
