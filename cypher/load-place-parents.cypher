// load-place-parents
// The place each place lies within (district → province → country), batched by place id.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Place {id: id})-[:WITHIN]->(parent:Place)
RETURN id AS key, parent {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS entity
ORDER BY parent.name
