// merge-mentions
// Stores where an article mentions known entities: one MENTIONS per article, entity and start offset,
// with the surface form; and keeps the article's unmatched capitalised names for editors to review.
// Parameters: $articleId: string, $rows: {entityId: string, start: int, end: int, surface: string, matchedName: string,
//     ambiguous: bool, alternatives: string[]}[],
//   $candidates: string[], $now: datetime, $by: string
// Returns: created: int
MATCH (a:Article {id: $articleId})
SET a.mentionCandidates = $candidates
WITH a
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS {start: row.start}]->(e)
  ON CREATE SET m.end = row.end, m.surface = row.surface, m.matchedName = row.matchedName,
                m.ambiguous = row.ambiguous, m.alternatives = row.alternatives, m.method = 'linker',
                m.at = datetime($now), m.by = $by
RETURN count(CASE WHEN m.at = datetime($now) THEN 1 END) AS created
