// search-entities
// Ranked search over names, aliases, name keys and the offices people hold. $query is Lucene syntax
// built by the server from escaped user text. Candidates come from the full-text index over names and
// keys, from the (:NameKey) index for the whole text's plain and phonetic keys ($keyIds, kind|key), and
// from the full-text index over office names, which leads to each office's holders. An entity ranks by
// how much of the text its names and its offices explain: $runs and $phoneticRuns map every run of
// the text's words, as a plain or a phonetic key, to the words it covers; an office covers the text's
// words it contains when they make at least half of one of its names, and two words or the whole name (a
// country's name alone is not the title "President of <country>"). Rank: 100 for a whole-text name
// key, 80 for a whole-text phonetic key, and for the holder of a matching office 100 × the share of
// the words its names and the office explain (a phonetic key counts 0.8 of a plain one, an office 0.9);
// plus 20 × the full-text score scaled to the best hit's, which alone orders partial (TEXT) hits.
// Keyset on (rank desc, id).
// Parameters: $query: string, $keyIds: string[], $runs: map, $phoneticRuns: map, $words: string[],
//   $fillers: string[], $kinds: string[]?, $candidates: int, $afterKey: float?, $afterId: string?, $limit: int
// Returns: total: int,
//   rows: {key: float, id: string, node: EntityNode, match: string, matchedKey: string?, matchedOffice: string?}[]
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
  WITH node, score WHERE node:Entity AND ($kinds IS NULL OR node.kind IN $kinds)
  RETURN node, score, null AS office
  UNION ALL
  UNWIND $keyIds AS keyId
  MATCH (:NameKey {id: keyId})-[:NAMES]->(node:Entity)
  RETURN node, 0.0 AS score, null AS office
  UNION ALL
  CALL db.index.fulltext.queryNodes('office_names', $query, {limit: $candidates}) YIELD node AS office
  WITH office WHERE $kinds IS NULL OR 'PERSON' IN $kinds
  MATCH (office)<-[:HOLDS]-(node:Person)
  RETURN node, 0.0 AS score, office
}
WITH node, max(score) AS score, collect(DISTINCT office) AS offices
// Full-text scores only order hits the names and titles explain equally well: scaled to the best one.
WITH collect({node: node, score: score, offices: offices}) AS hits, max(score) AS best
UNWIND hits AS hit
WITH hit.node AS node, CASE WHEN best > 0 THEN hit.score / best ELSE 0.0 END AS score, hit.offices AS offices
WITH node, score,
     [o IN offices | {name: o.name, texts: [t IN [o.name] + coalesce(o.aliases, []) |
       [w IN split(replace(replace(replace(replace(replace(replace(toLower(t), '’s', ''), "'s", ''), '-', ' '), ',', ' '),
                 '.', ' '), '’', ' '), ' ') WHERE w <> '' AND NOT w IN $fillers]]}] AS offices
WITH node, score,
     [o IN offices | {name: o.name, covers: reduce(best = 0, ws IN o.texts |
       CASE WHEN size(ws) > 0 AND 2 * size([w IN $words WHERE w IN ws]) >= size(ws)
                 AND (size([w IN $words WHERE w IN ws]) >= 2 OR size([w IN $words WHERE w IN ws]) = size(ws))
                 AND size([w IN $words WHERE w IN ws]) > best
            THEN size([w IN $words WHERE w IN ws]) ELSE best END)}] AS titles,
     reduce(best = 0, k IN node.nameKeys | CASE WHEN coalesce($runs[k], 0) > best THEN $runs[k] ELSE best END) AS plain,
     reduce(best = 0, k IN node.nameKeys |
       CASE WHEN coalesce($phoneticRuns[k], 0) > best THEN $phoneticRuns[k] ELSE best END) AS sound
WITH node, score, plain, sound,
     reduce(best = null, t IN titles | CASE WHEN t.covers > coalesce(best.covers, 0) THEN t ELSE best END) AS title,
     toFloat(size($words)) AS total
WITH node, score, plain, sound, title, total, coalesce(title.covers, 0) AS titled,
     CASE WHEN plain >= 0.8 * sound THEN toFloat(plain) ELSE 0.8 * sound END AS named
WITH node, plain, sound, title,
     20.0 * score + 100.0 * CASE WHEN plain >= total THEN 1.0
                                 WHEN sound >= total THEN 0.8
                                 WHEN titled > 0 THEN CASE WHEN (named + 0.9 * titled) / total > 1.0 THEN 1.0
                                                           ELSE (named + 0.9 * titled) / total END
                                 ELSE 0.0 END AS rank,
     CASE WHEN plain >= total THEN 'NAME'
          WHEN sound >= total THEN 'PHONETIC'
          WHEN titled > 0 AND (CASE WHEN plain > sound THEN plain ELSE sound END) + titled >= total THEN 'TITLE'
          ELSE 'TEXT' END AS match
ORDER BY rank DESC, node.id ASC
WITH collect({key: rank, id: node.id, n: node, match: match,
              matchedKey: CASE match
                WHEN 'NAME' THEN reduce(best = '', k IN node.nameKeys |
                                   CASE WHEN $runs[k] = plain AND size(k) > size(best) THEN k ELSE best END)
                WHEN 'PHONETIC' THEN reduce(best = '', k IN node.nameKeys |
                                   CASE WHEN $phoneticRuns[k] = sound AND size(k) > size(best) THEN k ELSE best END)
              END,
              matchedOffice: CASE WHEN match = 'TITLE' THEN title.name END}) AS sorted
RETURN size(sorted) AS total,
       [r IN [r IN sorted WHERE $afterKey IS NULL OR r.key < $afterKey OR (r.key = $afterKey AND r.id > $afterId)][0..$limit]
        | {key: r.key, id: r.id, node: properties(r.n), match: r.match, matchedKey: r.matchedKey,
           matchedOffice: r.matchedOffice}] AS rows
