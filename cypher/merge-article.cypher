// merge-article
// Creates or finds the Article a bundle describes. Runs first in the ingest transaction: the MERGE on
// the unique id locks the article, so a second ingest of the same article waits and then matches.
// Parameters: $article: map (id, title, publisher, dateCertainty, dateNote, file, url, language, contentHash), $publishedDate: string, $datePrecision: string, $now: string, $by: string
// Returns: id: string, created: boolean, contentHash: string
MERGE (a:Article {id: $article.id})
  ON CREATE SET a += $article,
                a.publishedDate = date($publishedDate),
                a.datePrecision = $datePrecision,
                a.createdAt = datetime($now),
                a.createdBy = $by
RETURN a.id AS id, a.createdAt = datetime($now) AS created, a.contentHash AS contentHash
