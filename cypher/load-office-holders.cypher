// load-office-holders
// People holding offices of each organization (or country), batched by organization id.
// Parameters: $ids: string[]
// Returns: key: string, personId: string, officeId: string, officeName: string, organizationId: string,
//   startDate: date?, endDate: date?, asOf: date?, provenance: string[]?
UNWIND $ids AS id
MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OFFICE_OF]->(org:Entity {id: id})
RETURN id AS key, p.id AS personId, o.id AS officeId, o.name AS officeName, org.id AS organizationId,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf, h.provenance AS provenance
ORDER BY o.name, p.name
