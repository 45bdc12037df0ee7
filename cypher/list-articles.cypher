// list-articles
// Every article, newest first.
// Parameters: $limit: int
// Returns: article: ArticleNode
MATCH (a:Article)
RETURN a {.*} AS article
ORDER BY a.publishedDate DESC, a.id
LIMIT $limit
