// list-people
// People filtered by name and organization (office held in it or membership).
// Keyset page: rows sorted by (key, id) in the walk direction, after the cursor; one extra row tells
// whether another page exists. total counts every match, ignoring the cursor.
// Parameters: $nameKey: string?, $organizationId: string?, $sort: string, $ascending: bool, $afterKey: string?,
//   $afterId: string?, $limit: int
// Returns: total: int, rows: {key: string, id: string, node: EntityNode}[]
MATCH (n:Person)
WHERE ($nameKey IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameKey))
  AND ($organizationId IS NULL
       OR EXISTS { (n)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(:Entity {id: $organizationId}) }
       OR EXISTS { (n)-[:MEMBER_OF]->(:Organization {id: $organizationId}) })
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
