// find-migration
// Whether a data migration of cypher/migrations/ has run on this database.
// Parameters: $id: string
// Returns: id: string, appliedAt: datetime
MATCH (m:Migration {id: $id})
RETURN m.id AS id, m.appliedAt AS appliedAt
