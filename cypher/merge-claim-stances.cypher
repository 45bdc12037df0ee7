// merge-claim-stances
// Who asserts and who denies a claim: (actor)-[:ASSERTS|DENIES {date, quote, via}]->(claim). The type
// comes from the fixed STANCES table, one static MERGE per stance (a dynamic type's MERGE may be
// planned as a scan of every relationship; see merge-entity-relationships).
// Parameters: $rows: {actorId: string, claimId: string, stance: Stance, date: date?, datePrecision: DatePrecision?,
//     quote: string?, via: string?, provenance: string,
//     articleId: string}[],
//   $now: datetime
// Returns: actorId: string, claimId: string, stance: Stance, created: bool
UNWIND $rows AS row
MATCH (actor:Actor {id: row.actorId})
MATCH (c:Claim {id: row.claimId})
CALL (actor, c, row) {
  WITH * WHERE row.stance = 'ASSERTS'
  MERGE (actor)-[r:ASSERTS]->(c)
  RETURN r
  UNION ALL
  WITH * WHERE row.stance = 'DENIES'
  MERGE (actor)-[r:DENIES]->(c)
  RETURN r
}
WITH r, row, row.articleId IN coalesce(r.sources, []) AS known
SET r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.provenance = CASE WHEN known THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
    r.date = coalesce(r.date, date(row.date)),
    r.datePrecision = coalesce(r.datePrecision, row.datePrecision),
    r.quote = coalesce(r.quote, row.quote),
    r.via = coalesce(r.via, row.via),
    r.createdAt = coalesce(r.createdAt, datetime($now))
RETURN row.actorId AS actorId, row.claimId AS claimId, row.stance AS stance, NOT known AS created
