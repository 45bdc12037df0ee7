// find-entity-by-id
// One named entity (person, organization, place, event) by its stable id.
// Parameters: $id: string
// Returns: entity: map (all properties of the node; kind names the GraphQL type)
MATCH (e:Entity {id: $id})
RETURN e {.*} AS entity
