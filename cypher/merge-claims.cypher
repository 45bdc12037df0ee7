// merge-claims
// Claims (statements, accusations, denials, statistics ...) with their date and the article that
// reported them. quotes collects every verbatim quote of its stances, for full-text search; dateSort
// (date, then id) orders the claims list.
// Parameters: $rows: {id: string, kind: ClaimKind, text: string, date: date?, datePrecision: DatePrecision?, quotes: string[],
//     source: SourceProps, articleId: string}[],
//   $now: datetime, $by: string
// Returns: id: string, created: bool
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
  ON CREATE SET c.kind = row.kind, c.text = row.text, c.date = date(row.date), c.datePrecision = row.datePrecision,
                c.createdAt = datetime($now), c.createdBy = $by,
                c.dateSort = coalesce(row.date, '0001-01-01') + '\u0001' + row.id
SET c.quotes = reduce(acc = [], x IN coalesce(c.quotes, []) + row.quotes | CASE WHEN x IN acc THEN acc ELSE acc + x END)
WITH c, row
MATCH (a:Article {id: row.articleId})
MERGE (c)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
RETURN c.id AS id, c.createdAt = datetime($now) AS created
