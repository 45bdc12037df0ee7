// record-schema-version
// Records on the schema's own Migration node who applied the schema, when, and which data migrations the
// database has run (in order), before the schema lock is released.
// Parameters: $id: string, $holder: string, $now: datetime, $steps: string[]
// Returns: steps: string[]
MATCH (m:Migration {id: $id})
SET m.appliedBy = $holder, m.appliedAt = datetime($now), m.steps = $steps
RETURN m.steps AS steps
