// soft-delete-entity
// Hides an entity from every read by swapping its labels for :Deleted (remembered for a restore); its
// relationships and their sources stay in the graph, and its neighbours stop counting them.
// Parameters: $id: string, $now: datetime, $by: string
// Returns: id: string
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(x:Entity)
  WITH x, count(r) AS lost
  SET x.connections = x.connections - lost
  SET x.connSort = right('0000000000' + toString(x.connections), 10) + '\u0001' + x.id
}
SET n.deletedLabels = labels(n), n.deletedAt = datetime($now), n.deletedBy = $by, n:Deleted
REMOVE n:Entity, n:Actor, n:Person, n:Organization, n:Place, n:Country, n:Event
RETURN n.id AS id
