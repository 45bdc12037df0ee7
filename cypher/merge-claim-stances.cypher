// merge-claim-stances
// Who asserts and who denies a claim: (speaker)-[:ASSERTS|DENIES {date, quote, via}]->(claim). A speaker
// is a named actor (ACTOR), a source the article does not name (ANONYMOUS: an (:AnonymousSource) node of
// this article, with the article's description of it, CITED_IN the article), or the outlet in its own
// voice (OUTLET: the Article itself). The type comes from the fixed STANCES table, one static MERGE per
// stance (a dynamic type's MERGE may be planned as a scan of every relationship; see
// merge-entity-relationships). The claim's quotes gain the stance's quote (a replaced one leaves them). A revision or a correction (row.replace) sets
// date, quote and via anew and replaces its article's provenance record.
// Parameters: $rows: {speakerKind: string, speakerId: string, description: string?, claimId: string, stance: Stance,
//     date: date?, datePrecision: DatePrecision?, quote: string?, via: string?, provenance: string,
//     articleId: string, replace?: bool, fact?: string}[],
//   $now: datetime
// Returns: speakerId: string, claimId: string, stance: Stance, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
CALL (row) {
  WITH row WHERE row.speakerKind = 'ACTOR'
  MATCH (s:Actor {id: row.speakerId})
  RETURN s
  UNION
  WITH row WHERE row.speakerKind = 'ANONYMOUS'
  MATCH (a:Article {id: row.articleId})
  MERGE (s:AnonymousSource {id: row.speakerId})
    ON CREATE SET s.description = row.description, s.articleId = row.articleId, s.createdAt = datetime($now)
  MERGE (s)-[:CITED_IN]->(a)
  RETURN s
  UNION
  WITH row WHERE row.speakerKind = 'OUTLET'
  MATCH (s:Article {id: row.speakerId})
  RETURN s
}
CALL (s, c, row) {
  WITH * WHERE row.stance = 'ASSERTS'
  MERGE (s)-[r:ASSERTS]->(c)
  RETURN r
  UNION ALL
  WITH * WHERE row.stance = 'DENIES'
  MERGE (s)-[r:DENIES]->(c)
  RETURN r
}
WITH c, r, row, row.articleId IN coalesce(r.sources, []) AS known, coalesce(row.replace, false) AS replace
SET r.provenance = CASE
      WHEN NOT known THEN coalesce(r.provenance, []) + row.provenance
      WHEN replace THEN [i IN range(0, size(r.sources) - 1) |
                         CASE WHEN r.sources[i] = row.articleId THEN row.provenance ELSE r.provenance[i] END]
      ELSE r.provenance END,
    r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.date = CASE WHEN replace THEN date(row.date) ELSE coalesce(r.date, date(row.date)) END,
    r.datePrecision = CASE WHEN replace THEN row.datePrecision ELSE coalesce(r.datePrecision, row.datePrecision) END,
    r.quote = CASE WHEN replace THEN row.quote ELSE coalesce(r.quote, row.quote) END,
    r.via = CASE WHEN replace THEN row.via ELSE coalesce(r.via, row.via) END,
    r.createdAt = coalesce(r.createdAt, datetime($now))
// A replaced quote leaves the claim's searchable quotes; a new one joins them.
SET c.quotes = CASE
      WHEN replace THEN COLLECT { MATCH (c)<-[x:ASSERTS|DENIES]-() WHERE x.quote IS NOT NULL RETURN DISTINCT x.quote AS q ORDER BY q }
      WHEN row.quote IS NULL OR row.quote IN coalesce(c.quotes, []) THEN c.quotes
      ELSE coalesce(c.quotes, []) + row.quote END
RETURN row.speakerId AS speakerId, row.claimId AS claimId, row.stance AS stance, coalesce(row.fact, row.claimId) AS fact,
       NOT known AS created, known AND replace AS updated
