// find-merged-entities
// The entity each id was merged into (mergeEntities keeps merged ids in mergedIds), so a stale link
// to a merged entity still answers; batched. Runs only for ids that matched no live entity.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (k:Entity)
WHERE id IN k.mergedIds
RETURN id AS key, k {.*} AS entity
