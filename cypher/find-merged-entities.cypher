// find-merged-entities
// The entity each id was merged into, through the (:Redirect {id}) mergeEntities leaves (unique index),
// so a stale link to a merged entity still answers; batched. Runs only for ids that matched no live
// entity.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Redirect {id: id})-[:MERGED_INTO]->(k:Entity)
RETURN id AS key, k {.*} AS entity
