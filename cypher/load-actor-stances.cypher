// load-actor-stances
// The claims each actor asserted or denied, newest first, batched by actor id.
// Parameters: $ids: string[]
// Returns: key: string, speakerKind: string, speakerId: string, actorId: string?, description: string?, claimId: string,
//   stance: Stance, date: date?, datePrecision: DatePrecision?, quote: string?, via: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[s:ASSERTS|DENIES]->(c:Claim)
RETURN id AS key, 'ACTOR' AS speakerKind, a.id AS speakerId, a.id AS actorId, null AS description, c.id AS claimId,
       type(s) AS stance, s.date AS date, s.datePrecision AS datePrecision, s.quote AS quote, s.via AS via,
       s.provenance AS provenance
ORDER BY coalesce(s.date, c.date) DESC, c.id
