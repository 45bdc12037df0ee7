// delete-article-mentions
// A revised article's text changed: the places its old text named entities go, to be linked again in
// the new text in the same transaction.
// Parameters: $id: string
// Returns: removed: int
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
RETURN count(m) AS removed
