// load-entity-mentions
// The articles that mention each entity, with the surface form and offset, newest article first, batched.
// Parameters: $ids: string[]
// Returns: key: string, articleId: string, entityId: string, surface: string, start: int, end: int, ambiguous: bool
UNWIND $ids AS id
MATCH (a:Article)-[m:MENTIONS]->(e:Entity {id: id})
RETURN id AS key, a.id AS articleId, e.id AS entityId, m.surface AS surface, m.start AS start, m.end AS end, coalesce(m.ambiguous, false) AS ambiguous
ORDER BY a.publishedDate DESC, a.id, m.start
