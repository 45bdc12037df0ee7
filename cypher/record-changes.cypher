// record-changes
// Change records of corrections made by hand: what was changed (targetId, what), its values before and
// after (JSON), the article cited as the source of the correction, who and when. Written in the
// correction's own transaction, so a correction never lands without its record.
// Parameters: $rows: {action: string, targetId: string, what: string, previous: string?, value: string?,
//     articleId: string?, reason: string?}[],
//   $now: datetime, $by: string
// Returns: targetId: string
UNWIND $rows AS row
CREATE (c:ChangeRecord {action: row.action, targetId: row.targetId, what: row.what, at: datetime($now), by: $by})
SET c.previous = row.previous, c.value = row.value, c.articleId = row.articleId, c.reason = row.reason
RETURN row.targetId AS targetId
