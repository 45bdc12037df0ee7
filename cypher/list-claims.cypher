// list-claims
// Claims filtered by what they are about (an entity, or a place including places within it, directly
// or through their figures), speaker, stance, kind and date; newest first by default.
// Keyset page: rows sorted by (key, id) in the walk direction, after the cursor; one extra row tells
// whether another page exists. total counts every match, ignoring the cursor.
// Parameters: $aboutId: string?, $speakerId: string?, $stance: string?, $kinds: string[]?, $from: date?, $to: date?,
//   $ascending: bool, $afterKey: string?, $afterId: string?, $limit: int
// Returns: total: int, rows: {key: string, id: string, node: ClaimNode}[]
MATCH (c:Claim)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($from IS NULL OR c.date >= date($from))
  AND ($to IS NULL OR c.date <= date($to))
  AND ($aboutId IS NULL
       OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $aboutId }
       OR EXISTS { (c)-[:ABOUT]->(:Place)-[:WITHIN*1..6]->(:Place {id: $aboutId}) }
       OR EXISTS { (c)-[:STATES]->(:Figure)-[:FOR_PLACE]->(:Place)-[:WITHIN*0..6]->(:Place {id: $aboutId}) }
       OR EXISTS { (c)-[:STATES]->(:Figure)-[:COUNTS]->(:Event {id: $aboutId}) })
  AND ($speakerId IS NULL OR EXISTS { MATCH (a:Actor {id: $speakerId})-[s:ASSERTS|DENIES]->(c) WHERE $stance IS NULL OR type(s) = $stance })
  AND ($stance IS NULL OR $speakerId IS NOT NULL OR EXISTS { MATCH (:Actor)-[s:ASSERTS|DENIES]->(c) WHERE type(s) = $stance })
WITH c, toString(coalesce(c.date, date('0001-01-01'))) AS key
ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN $ascending THEN c.id END ASC,
         CASE WHEN NOT $ascending THEN key END DESC, CASE WHEN NOT $ascending THEN c.id END DESC
WITH collect({key: key, id: c.id, n: c}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL
                OR ($ascending AND (r.key > $afterKey OR (r.key = $afterKey AND r.id > $afterId)))
                OR (NOT $ascending AND (r.key < $afterKey OR (r.key = $afterKey AND r.id < $afterId)))][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.n)}] AS rows
