// list-articles
// Every article, newest first.
// Parameters: $limit: integer
// Returns: article: map
MATCH (a:Article)
RETURN a {.*} AS article
ORDER BY a.publishedDate DESC, a.id
LIMIT $limit
