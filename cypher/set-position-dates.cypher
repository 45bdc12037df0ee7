// set-position-dates
// Sets the dates a position shows (chosen among its sources' accounts by the engine, in the
// transaction that wrote them): start, end, and asOf, the latest date a source shows the person in office.
// Parameters: $rows: {personId: string, officeId: string, startDate: date?, endDate: date?, asOf: date?}[]
// Returns: personId: string, officeId: string
UNWIND $rows AS row
MATCH (:Person {id: row.personId})-[h:HOLDS]->(:Office {id: row.officeId})
SET h.startDate = date(row.startDate), h.endDate = date(row.endDate), h.asOf = date(row.asOf)
RETURN row.personId AS personId, row.officeId AS officeId
