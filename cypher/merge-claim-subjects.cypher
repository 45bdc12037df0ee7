// merge-claim-subjects
// What a claim is about: (claim)-[:ABOUT]->(entity, event, place or another claim). A revision
// (row.replace) replaces its article's provenance record.
// Parameters: $rows: {claimId: string, subjectId: string, provenance: string, articleId: string, replace?: bool,
//     fact?: string}[],
//   $now: datetime
// Returns: claimId: string, subjectId: string, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
OPTIONAL MATCH (e:Entity {id: row.subjectId})
OPTIONAL MATCH (other:Claim {id: row.subjectId})
WITH c, row, coalesce(e, other) AS subject
WHERE subject IS NOT NULL
MERGE (c)-[r:ABOUT]->(subject)
WITH r, row, row.articleId IN coalesce(r.sources, []) AS known, coalesce(row.replace, false) AS replace
SET r.provenance = CASE
      WHEN NOT known THEN coalesce(r.provenance, []) + row.provenance
      WHEN replace THEN [i IN range(0, size(r.sources) - 1) |
                         CASE WHEN r.sources[i] = row.articleId THEN row.provenance ELSE r.provenance[i] END]
      ELSE r.provenance END,
    r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.createdAt = coalesce(r.createdAt, datetime($now))
RETURN row.claimId AS claimId, row.subjectId AS subjectId, coalesce(row.fact, row.claimId) AS fact, NOT known AS created,
       known AND replace AS updated
