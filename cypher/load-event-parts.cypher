// load-event-parts
// The events that are part of each event (its rounds, operations), oldest first, batched.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:PART_OF]-(part:Event)
RETURN id AS key, part {.*} AS entity
ORDER BY part.startDate, part.id
