// merge-articles
// Creates or finds the Article each bundle describes, in order: the same URL or the same text (content
// hash) is the same article whatever its id. Runs first in the ingest transaction: the MERGE on the
// unique id locks the article, so a second ingest of it waits, then matches (unique constraints on url
// and contentHash stop two ids racing for one article; the engine retries the loser). A bulk load
// sends many articles at once; each row sees the ones before it. previousHash is the stored bundle's
// hash: a known article whose hash differs is a revision (the engine compares the two bundles). A new
// article keeps its bundle (JSON, as validated) as revision 1.
// Parameters: $rows: {article: ArticleRow, publishedDate: date, datePrecision: DatePrecision}[], $now: datetime,
//   $by: string
// Returns: ref: string, id: string, created: bool, matchedBy: string, previousHash: string?, revision: int
UNWIND $rows AS row
WITH row, row.article AS article
OPTIONAL MATCH (byUrl:Article {url: article.url})
OPTIONAL MATCH (byText:Article {contentHash: article.contentHash})
WITH row, article, coalesce(byUrl, byText) AS known
CALL (row, article, known) {
  WITH known WHERE known IS NOT NULL
  RETURN known AS a, false AS created
  UNION
  WITH row, article, known WHERE known IS NULL
  MERGE (a:Article {id: article.id})
    ON CREATE SET a += article, a.revision = 1,
                  a.publishedDate = date(row.publishedDate),
                  a.datePrecision = row.datePrecision,
                  a.createdAt = datetime($now),
                  a.createdBy = $by
  RETURN a, a.createdAt = datetime($now) AS created
}
RETURN article.id AS ref, a.id AS id, created,
       CASE WHEN a.id = article.id THEN 'id' WHEN a.url = article.url THEN 'url' ELSE 'contentHash' END AS matchedBy,
       a.bundleHash AS previousHash, coalesce(a.revision, 1) AS revision
