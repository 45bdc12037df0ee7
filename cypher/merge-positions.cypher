// merge-positions
// Positions held: (Person)-[:HOLDS {start, end, asOf}]->(Office)-[:OFFICE_OF]->(Organization or country).
// One HOLDS per person and office; dates fill in when a later source knows them.
// Parameters: $rows: {personId: string, officeId: string, officeName: string, officeAliases: string[], organizationId: string,
//     start: date?, end: date?, asOf: date?, provenance: string,
//     articleId: string}[],
//   $now: datetime
// Returns: personId: string, officeId: string, created: bool
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (org:Entity {id: row.organizationId})
MERGE (o:Office {id: row.officeId})
  ON CREATE SET o.name = row.officeName, o.aliases = row.officeAliases, o.createdAt = datetime($now)
MERGE (o)-[:OFFICE_OF]->(org)
MERGE (p)-[h:HOLDS]->(o)
WITH h, row, row.articleId IN coalesce(h.sources, []) AS known
SET h.sources = CASE WHEN known THEN h.sources ELSE coalesce(h.sources, []) + row.articleId END,
    h.provenance = CASE WHEN known THEN h.provenance ELSE coalesce(h.provenance, []) + row.provenance END,
    h.startDate = coalesce(h.startDate, date(row.start)),
    h.endDate = coalesce(h.endDate, date(row.end)),
    h.asOf = CASE WHEN row.asOf IS NULL THEN h.asOf WHEN h.asOf IS NULL OR date(row.asOf) > h.asOf THEN date(row.asOf) ELSE h.asOf END,
    h.createdAt = coalesce(h.createdAt, datetime($now))
RETURN row.personId AS personId, row.officeId AS officeId, NOT known AS created
