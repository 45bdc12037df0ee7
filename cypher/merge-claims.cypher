// merge-claims
// Claims (statements, accusations, denials, statistics ...) with their date and the article that
// reported them. quotes collects every verbatim quote of its stances, for full-text search; dateSort
// (date, then id) orders the claims list. A revision or a correction (row.replace) sets kind, text and date anew and
// replaces its article's source.
// Parameters: $rows: {id: string, kind: ClaimKind, text: string, date: date?, datePrecision: DatePrecision?, quotes: string[],
//     source: SourceProps, articleId: string, replace?: bool, fact?: string}[],
//   $now: datetime, $by: string
// Returns: id: string, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.kind = row.kind, c.text = row.text, c.date = date(row.date), c.datePrecision = row.datePrecision,
                c.createdAt = datetime($now), c.createdBy = $by,
                c.dateSort = coalesce(row.date, '0001-01-01') + '\u0001' + row.id
WITH c, row, c.createdAt = datetime($now) AS created
FOREACH (_ IN CASE WHEN coalesce(row.replace, false) AND NOT created THEN [1] ELSE [] END |
  SET c.kind = row.kind, c.text = row.text, c.date = date(row.date), c.datePrecision = row.datePrecision,
      c.dateSort = coalesce(row.date, '0001-01-01') + '\u0001' + row.id,
      c.updatedAt = datetime($now), c.updatedBy = $by)
SET c.quotes = reduce(acc = [], x IN coalesce(c.quotes, []) + row.quotes | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH c, row, created
MATCH (a:Article {id: row.articleId})
MERGE (c)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
WITH c, row, created, s, s.at = datetime($now) AS fresh
CALL (s, row, fresh) {
  WITH s, row WHERE coalesce(row.replace, false) AND NOT fresh
  SET s = row.source
  SET s.at = datetime($now), s.by = $by
}
RETURN c.id AS id, coalesce(row.fact, c.id) AS fact, created, coalesce(row.replace, false) AND NOT created AS updated
