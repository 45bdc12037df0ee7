// load-articles
// Articles by id, batched.
// Parameters: $ids: list of string
// Returns: key: string, article: map
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id AS key, a {.*} AS article
