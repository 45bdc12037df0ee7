// load-position-accounts
// Each position's provenance records (one per source, each with the dates that source gives), the
// sources' publication dates in the same order, and the dates the position shows now, for the
// engine to choose the dates shown after a write.
// Parameters: $rows: {personId: string, officeId: string}[]
// Returns: personId: string, officeId: string, provenance: string[], published: date[], startDate: date?,
//   endDate: date?, asOf: date?
UNWIND $rows AS row
MATCH (:Person {id: row.personId})-[h:HOLDS]->(:Office {id: row.officeId})
RETURN row.personId AS personId, row.officeId AS officeId, coalesce(h.provenance, []) AS provenance,
       COLLECT {
         UNWIND coalesce(h.sources, []) AS s
         OPTIONAL MATCH (a:Article {id: s})
         RETURN coalesce(a.publishedDate, date('0001-01-01'))
       } AS published,
       h.startDate AS startDate, h.endDate AS endDate, h.asOf AS asOf
