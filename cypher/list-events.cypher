// list-events
// Events filtered by name, type, place (including places within it), date overlap (an ongoing event
// overlaps every later period), participant or
// organization (the organization itself, its units and members, or its office holders).
// Keyset page: rows sorted by (key, id) in the walk direction, after the cursor; one extra row tells
// whether another page exists. total counts every match, ignoring the cursor.
// Parameters: $nameKey: string?, $eventTypes: string[]?, $subTypes: string[]?, $placeId: string?, $from: date?, $to: date?,
//   $participantId: string?, $organizationId: string?, $sort: string, $ascending: bool, $afterKey: string?,
//   $afterId: string?, $limit: int
// Returns: total: int, rows: {key: string, id: string, node: EntityNode}[]
MATCH (n:Event)
WHERE ($nameKey IS NULL OR any(k IN n.nameKeys WHERE k CONTAINS $nameKey))
  AND ($eventTypes IS NULL OR n.eventType IN $eventTypes)
  AND ($subTypes IS NULL OR n.subType IN $subTypes)
  AND ($placeId IS NULL OR EXISTS { (n)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
  AND ($from IS NULL OR n.endDate >= date($from) OR n.ongoing = true)
  AND ($to IS NULL OR n.startDate <= date($to))
  AND ($participantId IS NULL OR EXISTS { (:Actor {id: $participantId})-[:PARTICIPATED_IN]->(n) })
  AND ($organizationId IS NULL OR EXISTS {
        MATCH (a:Actor)-[:PARTICIPATED_IN]->(n)
        WHERE a.id = $organizationId
           OR EXISTS { (a)-[:MEMBER_OF|PART_OF*1..3]->(:Entity {id: $organizationId}) }
           OR EXISTS { (a)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(:Entity {id: $organizationId}) } })
WITH n, CASE $sort
          WHEN 'NAME' THEN toLower(n.name)
          WHEN 'CONNECTIONS' THEN right('0000000000' + toString(COUNT { (n)--(:Entity) }), 10)
          ELSE toString(n.startDate) END AS key
ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN $ascending THEN n.id END ASC,
         CASE WHEN NOT $ascending THEN key END DESC, CASE WHEN NOT $ascending THEN n.id END DESC
WITH collect({key: key, id: n.id, n: n}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL
                OR ($ascending AND (r.key > $afterKey OR (r.key = $afterKey AND r.id > $afterId)))
                OR (NOT $ascending AND (r.key < $afterKey OR (r.key = $afterKey AND r.id < $afterId)))][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.n)}] AS rows
