// Stores merged before redirects existed kept the merged ids only in the kept entity's mergedIds list:
// give each its (:Redirect)-[:MERGED_INTO]-> so stale links are found through the index.
MATCH (k:Entity) WHERE k.mergedIds IS NOT NULL
CALL (k) {
  UNWIND k.mergedIds AS old
  MERGE (r:Redirect {id: old})
  MERGE (r)-[:MERGED_INTO]->(k)
} IN TRANSACTIONS OF 1000 ROWS;
