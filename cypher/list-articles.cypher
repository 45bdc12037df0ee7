// list-articles
// Every article, newest first: read in the order of the publishedDate index (every article has one).
// Parameters: $limit: int
// Returns: article: ArticleNode
MATCH (a:Article) WHERE a.publishedDate IS NOT NULL
RETURN a {.*} AS article
ORDER BY a.publishedDate DESC, a.id
LIMIT $limit
