// search-entities
// Ranked full-text search over names, aliases and normalised name keys. $query is Lucene syntax built
// by the server from escaped user text; an exact normalised-name hit outranks any partial one.
// Keyset on (rank desc, id).
// Parameters: $query: string, $keys: string[], $kinds: string[]?, $candidates: int, $afterKey: float?, $afterId: string?,
//   $limit: int
// Returns: total: int, rows: {key: float, id: string, node: EntityNode}[]
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WITH node, score
WHERE node:Entity AND ($kinds IS NULL OR node.kind IN $kinds)
WITH node, score + CASE WHEN any(k IN $keys WHERE k IN node.nameKeys) THEN 100.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id ASC
WITH collect({key: rank, id: node.id, n: node}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL OR r.key < $afterKey OR (r.key = $afterKey AND r.id > $afterId)][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.n)}] AS rows
