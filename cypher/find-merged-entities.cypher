// find-merged-entities
// The entity each id was merged into, through the (:Redirect {id}) mergeEntities leaves (unique index),
// so a stale link to a merged entity still answers; batched. Runs only for ids that matched no live
// entity.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Redirect {id: id})-[:MERGED_INTO]->(k:Entity)
RETURN id AS key, k {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS entity
