// find-offices-by-ids
// Offices by id, batched: name, aliases and the organization (or country) each belongs to.
// Parameters: $ids: string[]
// Returns: key: string, id: string, name: string, aliases: string[], organizationId: string?
UNWIND $ids AS id
MATCH (o:Office {id: id})
RETURN id AS key, o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
       [(o)-[:OFFICE_OF]->(x:Entity) | x.id][0] AS organizationId
