// load-claim-stances
// Who asserts and who denies each claim, with quotes, batched by claim id. A speaker is a named actor
// (ACTOR), an unnamed source of an article (ANONYMOUS, with the article's description of it) or the
// outlet in its own voice (OUTLET: the article).
// Parameters: $ids: string[]
// Returns: key: string, speakerKind: string, speakerId: string, actorId: string?, description: string?, claimId: string,
//   stance: Stance, date: date?, datePrecision: DatePrecision?, quote: string?, via: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (c:Claim {id: id})<-[s:ASSERTS|DENIES]-(a)
WHERE a:Actor OR a:AnonymousSource OR a:Article
RETURN id AS key, CASE WHEN a:Actor THEN 'ACTOR' WHEN a:AnonymousSource THEN 'ANONYMOUS' ELSE 'OUTLET' END AS speakerKind,
       a.id AS speakerId, CASE WHEN a:Actor THEN a.id END AS actorId, a.description AS description, c.id AS claimId,
       type(s) AS stance, s.date AS date, s.datePrecision AS datePrecision, s.quote AS quote, s.via AS via,
       s.provenance AS provenance
ORDER BY type(s), speakerKind, a.id
