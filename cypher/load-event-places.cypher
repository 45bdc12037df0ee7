// load-event-places
// Where each event happened, batched by event id.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Event {id: id})-[:OCCURRED_IN]->(p:Place)
RETURN id AS key, p {.*} AS entity
ORDER BY p.name
