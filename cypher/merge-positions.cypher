// merge-positions
// Positions held: (Person)-[:HOLDS {startDate, endDate, asOf}]->(Office)-[:OFFICE_OF]->(Organization or
// country). One HOLDS per person and office; each source's provenance record carries the dates that
// source gives (its account), and the dates shown are chosen among them afterwards (set-position-dates)
// from what this query returns (as load-position-accounts does, without a second round trip).
// A revision or a correction (row.replace) replaces its article's record.
// Parameters: $rows: {personId: string, officeId: string, officeName: string, officeAliases: string[], organizationId: string,
//     provenance: string, articleId: string, replace?: bool, fact?: string}[],
//   $now: datetime
// Returns: personId: string, officeId: string, fact: string, created: bool, updated: bool, provenance: string[],
//   published: date[], startDate: date?, endDate: date?, asOf: date?
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (org:Entity {id: row.organizationId})
MERGE (o:Office {id: row.officeId})
  ON CREATE SET o.name = row.officeName, o.aliases = row.officeAliases, o.createdAt = datetime($now)
MERGE (o)-[:OFFICE_OF]->(org)
MERGE (p)-[h:HOLDS]->(o)
WITH h, row, row.articleId IN coalesce(h.sources, []) AS known, coalesce(row.replace, false) AS replace
SET h.provenance = CASE
      WHEN NOT known THEN coalesce(h.provenance, []) + row.provenance
      WHEN replace THEN [i IN range(0, size(h.sources) - 1) |
                         CASE WHEN h.sources[i] = row.articleId THEN row.provenance ELSE h.provenance[i] END]
      ELSE h.provenance END,
    h.sources = CASE WHEN known THEN h.sources ELSE coalesce(h.sources, []) + row.articleId END,
    h.createdAt = coalesce(h.createdAt, datetime($now))
RETURN row.personId AS personId, row.officeId AS officeId, coalesce(row.fact, row.personId) AS fact, NOT known AS created,
       known AND replace AS updated, h.provenance AS provenance,
       COLLECT {
         UNWIND h.sources AS s
         OPTIONAL MATCH (a:Article {id: s})
         RETURN coalesce(a.publishedDate, date('0001-01-01'))
       } AS published,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf
