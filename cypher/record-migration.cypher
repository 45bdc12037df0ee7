// record-migration
// Records that a data migration ran, so no later start runs it again.
// Parameters: $id: string, $now: datetime
// Returns: id: string
MERGE (m:Migration {id: $id})
  ON CREATE SET m.appliedAt = datetime($now)
RETURN m.id AS id
