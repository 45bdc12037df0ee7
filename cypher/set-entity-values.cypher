// set-entity-values
// Sets the values an entity or event shows by default (chosen among its accounts by the engine, in the
// transaction that wrote them, so the node is locked): description, dates with their sort key, status.
// Only the groups flagged are set; ongoing is stored only when true, as everywhere.
// Parameters: $rows: {id: string, setDescription: bool, description: string?, setDates: bool, startDate: date?,
//     endDate: date?, datePrecision: DatePrecision?, ongoing: bool, setStatus: bool, status: string?}[]
// Returns: id: string
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
FOREACH (_ IN CASE WHEN row.setDescription THEN [1] ELSE [] END | SET n.description = row.description)
FOREACH (_ IN CASE WHEN row.setDates THEN [1] ELSE [] END |
  SET n.startDate = date(row.startDate), n.endDate = date(row.endDate), n.datePrecision = row.datePrecision,
      n.ongoing = CASE WHEN row.ongoing THEN true ELSE null END,
      n.startSort = CASE WHEN row.startDate IS NULL THEN null ELSE toString(date(row.startDate)) + '\u0001' + n.id END)
FOREACH (_ IN CASE WHEN row.setStatus THEN [1] ELSE [] END | SET n.status = row.status)
RETURN n.id AS id
