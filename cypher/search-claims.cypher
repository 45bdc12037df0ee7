// search-claims
// Ranked full-text search over what claims say: their neutral text and every stance's verbatim quote
// (the claim_text index). $query is Lucene syntax built by the server from escaped user text, as for
// entity search; the phrase ranks first. Optional filters: claim kinds, a subject (ABOUT, directly)
// and a speaker (asserting or denying). Keyset on (score desc, id).
// Parameters: $query: string, $kinds: string[]?, $aboutId: string?, $speakerId: string?, $candidates: int,
//   $afterKey: float?, $afterId: string?, $limit: int
// Returns: total: int, rows: {key: float, id: string, node: ClaimNode}[]
CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $candidates}) YIELD node, score
WITH node AS c, score
WHERE c:Claim AND ($kinds IS NULL OR c.kind IN $kinds)
  AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x) WHERE x.id = $aboutId })
  AND ($speakerId IS NULL OR EXISTS { MATCH (a:Actor)-[:ASSERTS|DENIES]->(c) WHERE a.id = $speakerId })
WITH c, score
ORDER BY score DESC, c.id ASC
WITH collect({key: score, id: c.id, c: c}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL OR r.key < $afterKey OR (r.key = $afterKey AND r.id > $afterId)][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.c)}] AS rows
