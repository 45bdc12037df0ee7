// load-claim-stances
// Who asserts and who denies each claim, with quotes, batched by claim id.
// Parameters: $ids: string[]
// Returns: key: string, actorId: string, claimId: string, stance: Stance, date: date?, datePrecision: DatePrecision?,
//   quote: string?, via: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (c:Claim {id: id})<-[s:ASSERTS|DENIES]-(a:Actor)
RETURN id AS key, a.id AS actorId, c.id AS claimId, type(s) AS stance, s.date AS date, s.datePrecision AS datePrecision,
       s.quote AS quote, s.via AS via, s.provenance AS provenance
ORDER BY type(s), a.id
