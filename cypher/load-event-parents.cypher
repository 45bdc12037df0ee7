// load-event-parents
// The series or process each event is part of (a round of talks → the peace process), batched.
// Parameters: $ids: list of string
// Returns: key: string, entity: map
UNWIND $ids AS id
MATCH (:Event {id: id})-[:PART_OF]->(parent:Event)
RETURN id AS key, parent {.*} AS entity
ORDER BY parent.startDate
