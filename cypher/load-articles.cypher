// load-articles
// Articles by id, batched.
// Parameters: $ids: string[]
// Returns: key: string, article: ArticleNode
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a {.*} AS article
