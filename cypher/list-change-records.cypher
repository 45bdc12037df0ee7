// list-change-records
// The history of a fact: every change record about an id (corrections, preferences, removals, merges,
// an article's revisions), newest first, read through the targetId index.
// Parameters: $targetId: string, $limit: int
// Returns: action: string, targetId: string, what: string?, previous: string?, value: string?, articleId: string?,
//   reason: string?, revision: int?, diff: string?, at: datetime, by: string
MATCH (c:ChangeRecord {targetId: $targetId})
RETURN c.action AS action, c.targetId AS targetId, c.what AS what, coalesce(c.previous, c.snapshot) AS previous,
       c.value AS value, c.articleId AS articleId, c.reason AS reason, c.revision AS revision, c.diff AS diff,
       c.at AS at, c.by AS by
ORDER BY c.at DESC
LIMIT $limit
