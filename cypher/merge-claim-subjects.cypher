// merge-claim-subjects
// What a claim is about: (claim)-[:ABOUT]->(entity, event, place or another claim).
// Parameters: $rows: {claimId: string, subjectId: string, provenance: string, articleId: string}[],
//   $now: datetime
// Returns: claimId: string, subjectId: string, created: bool
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
OPTIONAL MATCH (e:Entity {id: row.subjectId})
OPTIONAL MATCH (other:Claim {id: row.subjectId})
WITH c, row, coalesce(e, other) AS subject
WHERE subject IS NOT NULL
MERGE (c)-[r:ABOUT]->(subject)
WITH r, row, row.articleId IN coalesce(r.sources, []) AS known
SET r.sources = CASE WHEN known THEN r.sources ELSE coalesce(r.sources, []) + row.articleId END,
    r.provenance = CASE WHEN known THEN r.provenance ELSE coalesce(r.provenance, []) + row.provenance END,
    r.createdAt = coalesce(r.createdAt, datetime($now))
RETURN row.claimId AS claimId, row.subjectId AS subjectId, NOT known AS created
