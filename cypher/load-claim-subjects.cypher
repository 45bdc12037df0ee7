// load-claim-subjects
// The entities each claim is about, batched by claim id.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(x:Entity)
RETURN id AS key, x {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS entity
ORDER BY x.name
