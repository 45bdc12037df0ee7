// soft-delete-entity
// Hides an entity from every read by swapping its labels for :Deleted (remembered for a restore); its
// relationships and their sources stay in the graph.
// Parameters: $id: string, $now: datetime, $by: string
// Returns: id: string
MATCH (n:Entity {id: $id})
SET n.deletedLabels = labels(n), n.deletedAt = datetime($now), n.deletedBy = $by, n:Deleted
REMOVE n:Entity, n:Actor, n:Person, n:Organization, n:Place, n:Country, n:Event
RETURN n.id AS id
