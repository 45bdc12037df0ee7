// load-event-parts
// The events that are part of each event (its rounds, operations), oldest first, batched.
// Parameters: $ids: list of string
// Returns: key: string, entity: map
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:PART_OF]-(part:Event)
RETURN id AS key, part {.*} AS entity
ORDER BY part.startDate, part.id
