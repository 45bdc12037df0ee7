// load-entity-relationships
// Every relationship between an entity and another entity, either direction, with its properties and
// provenance list, batched by entity id.
// Parameters: $ids: string[]
// Returns: key: string, type: string, direction: string, otherId: string, role: ParticipantRole?, startDate: date?,
//   endDate: date?, note: string?, provenance: string[]?
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
RETURN id AS key, type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, m.id AS otherId,
       r.role AS role, r.startDate AS startDate, r.endDate AS endDate, r.note AS note, r.provenance AS provenance
ORDER BY type, direction, otherId
