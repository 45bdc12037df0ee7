// await-indexes
// Blocks until every index is online (after schema statements, before queries rely on indexes).
// Parameters: $seconds: int
// Returns: none
CALL db.awaitIndexes($seconds)
