// pin-entity-fields
// Values an editor set by hand (a description, an event's dates) are pinned: the value shown stays the
// editor's whatever articles say later (their accounts are kept beside it), until an editor prefers an
// article's account for that field.
// Parameters: $id: string, $fields: string[]
// Returns: id: string
MATCH (n:Entity {id: $id})
SET n.pinned = reduce(acc = coalesce(n.pinned, []), f IN $fields | CASE WHEN f IN acc THEN acc ELSE acc + f END)
RETURN n.id AS id
