// list-organizations
// Organizations filtered by name, type and place (based in, operating in or governing it or a place
// within it).
// Keyset page: rows sorted by (key, id) in the walk direction, after the cursor; one extra row tells
// whether another page exists. total counts every match, ignoring the cursor.
// Parameters: $nameKey: string?, $orgTypes: string[]?, $placeId: string?, $sort: string, $ascending: bool,
//   $afterKey: string?, $afterId: string?, $limit: int
// Returns: total: int, rows: {key: string, id: string, node: EntityNode}[]
MATCH (n:Organization)
WHERE ($nameKey IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameKey))
  AND ($orgTypes IS NULL OR n.orgType IN $orgTypes)
  AND ($placeId IS NULL OR EXISTS { (n)-[:BASED_IN|OPERATES_IN|GOVERNS]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
WITH n, CASE $sort
          WHEN 'CONNECTIONS' THEN right('0000000000' + toString(COUNT { (n)--(:Entity) }), 10)
          ELSE toLower(n.name) END AS key
ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN $ascending THEN n.id END ASC,
         CASE WHEN NOT $ascending THEN key END DESC, CASE WHEN NOT $ascending THEN n.id END DESC
WITH collect({key: key, id: n.id, n: n}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL
                OR ($ascending AND (r.key > $afterKey OR (r.key = $afterKey AND r.id > $afterId)))
                OR (NOT $ascending AND (r.key < $afterKey OR (r.key = $afterKey AND r.id < $afterId)))][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.n)}] AS rows
