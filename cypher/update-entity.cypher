// update-entity
// Sets an entity's editable properties (null leaves one as it is) and records who changed it and when.
// Parameters: $id: string, $name: string?, $aliases: string[]?, $nameKeys: string[]?, $props: Props, $now: datetime, $by: string
// Returns: entity: EntityNode
MATCH (n:Entity {id: $id})
SET n += $props,
    n.name = coalesce($name, n.name),
    n.aliases = coalesce($aliases, n.aliases),
    n.nameKeys = coalesce($nameKeys, n.nameKeys),
    n.updatedAt = datetime($now), n.updatedBy = $by
RETURN n {.*} AS entity
