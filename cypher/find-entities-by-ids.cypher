// find-entities-by-ids
// Entities by id, batched: which exist and as what kind (entity resolution) and their properties
// (the per-request entity loader).
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $ids: string[]
// Returns: key: string, id: string, kind: EntityKind, entity: EntityNode
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id AS key, n.id AS id, n.kind AS kind, n {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS entity
