// load-entity-offices
// The offices around an entity, for finding duplicates after a merge: those a person holds and those of
// an organization (or country), each with its name, aliases and the body it belongs to.
// Parameters: $id: string
// Returns: id: string, name: string, aliases: string[], organizationId: string
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[:HOLDS]->(o:Office) RETURN o
  UNION
  MATCH (n)<-[:OFFICE_OF]-(o:Office) RETURN o
}
MATCH (o)-[:OFFICE_OF]->(org:Entity)
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases, org.id AS organizationId
ORDER BY o.id
