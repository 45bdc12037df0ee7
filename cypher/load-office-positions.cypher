// load-office-positions
// Everyone shown holding each office, with dates and provenance, batched by office id: who else a source
// puts in the same office at the same time.
// Parameters: $ids: string[]
// Returns: key: string, personId: string, officeId: string, officeName: string, organizationId: string,
//   startDate: date?, endDate: date?, asOf: date?, provenance: string[]?
UNWIND $ids AS id
MATCH (p:Person)-[h:HOLDS]->(o:Office {id: id})-[:OFFICE_OF]->(org:Entity)
RETURN id AS key, p.id AS personId, o.id AS officeId, o.name AS officeName, org.id AS organizationId,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf, h.provenance AS provenance
ORDER BY p.id
