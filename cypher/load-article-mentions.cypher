// load-article-mentions
// Where each article mentions known entities, in text order, batched by article id.
// Parameters: $ids: string[]
// Returns: key: string, articleId: string, entityId: string, surface: string, start: int, end: int, ambiguous: bool
UNWIND $ids AS id
MATCH (a:Article {id: id})-[m:MENTIONS]->(e:Entity)
RETURN id AS key, a.id AS articleId, e.id AS entityId, m.surface AS surface, m.start AS start, m.end AS end, coalesce(m.ambiguous, false) AS ambiguous
ORDER BY m.start
