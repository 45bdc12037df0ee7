// load-article-bundle
// The bundle an article was last ingested from (JSON, as validated), the graph ids its bundle ids
// resolved to, and its text's hash: what a revision compares the new bundle with.
// Parameters: $id: string
// Returns: bundle: string?, bundleIds: string?, contentHash: string?
MATCH (a:Article {id: $id})
RETURN a.bundle AS bundle, a.bundleIds AS bundleIds, a.contentHash AS contentHash
