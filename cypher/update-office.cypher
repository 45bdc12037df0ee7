// update-office
// Renames an office or changes its aliases (the old name is kept as an alias), recording who and when.
// Parameters: $id: string, $name: string, $aliases: string[], $now: datetime, $by: string
// Returns: id: string, name: string, aliases: string[], organizationId: string?
MATCH (o:Office {id: $id})
SET o.name = $name, o.aliases = $aliases, o.updatedAt = datetime($now), o.updatedBy = $by
RETURN o.id AS id, o.name AS name, o.aliases AS aliases, [(o)-[:OFFICE_OF]->(x:Entity) | x.id][0] AS organizationId
