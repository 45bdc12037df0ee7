// load-person-positions
// Offices each person holds or held, with the organization (or country) and dates, batched.
// Parameters: $ids: string[]
// Returns: key: string, personId: string, officeId: string, officeName: string, organizationId: string,
//   startDate: date?, endDate: date?, asOf: date?, provenance: string[]?
UNWIND $ids AS id
MATCH (p:Person {id: id})-[h:HOLDS]->(o:Office)-[:OFFICE_OF]->(org:Entity)
RETURN id AS key, p.id AS personId, o.id AS officeId, o.name AS officeName, org.id AS organizationId,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf, h.provenance AS provenance
ORDER BY coalesce(h.startDate, h.asOf) DESC, o.name
