// set-article-revisions
// Records the bundle each article now stands on: its facts (JSON, as validated), the graph ids its bundle
// ids resolved to, its hash and revision number; a revision also takes the new article fields (title,
// URL, text hash ...), records who revised it and when, and leaves a ChangeRecord {action: 'REVISION'}
// with the difference and the previous revision's facts.
// Parameters: $rows: {id: string, article: Props?, bundle: string, bundleIds: string, bundleHash: string, revision: int,
//     publishedDate: date?, datePrecision: DatePrecision?, diff: string?, previousBundle: string?}[],
//   $now: datetime, $by: string
// Returns: id: string
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.bundle = row.bundle, a.bundleIds = row.bundleIds, a.bundleHash = row.bundleHash, a.revision = row.revision
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.diff IS NOT NULL
  SET a += row.article, a.publishedDate = date(row.publishedDate), a.datePrecision = row.datePrecision,
      a.updatedAt = datetime($now), a.updatedBy = $by
  CREATE (:ChangeRecord {action: 'REVISION', articleId: a.id, targetId: a.id, revision: row.revision, diff: row.diff,
                         previous: row.previousBundle, at: datetime($now), by: $by})
}
RETURN a.id AS id
