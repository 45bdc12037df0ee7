// load-event-parents
// The series or process each event is part of (a round of talks → the peace process), batched.
// Parameters: $ids: string[]
// Returns: key: string, entity: EntityNode
UNWIND $ids AS id
MATCH (:Event {id: id})-[:PART_OF]->(parent:Event)
RETURN id AS key, parent {.*} AS entity
ORDER BY parent.startDate
