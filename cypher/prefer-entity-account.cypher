// prefer-entity-account
// An editor marks one article's account of an entity or event as the one to show for some fields:
// that account becomes preferred for them, every other account of the entity stops being, and a value
// pinned by hand for them is released.
// Parameters: $id: string, $articleId: string, $fields: string[], $now: datetime, $by: string
// Returns: id: string
MATCH (n:Entity {id: $id})-[s:SOURCED_FROM]->(:Article {id: $articleId})
SET s.preferred = reduce(acc = coalesce(s.preferred, []), f IN $fields | CASE WHEN f IN acc THEN acc ELSE acc + f END),
    n.pinned = [p IN coalesce(n.pinned, []) WHERE NOT p IN $fields],
    n.updatedAt = datetime($now), n.updatedBy = $by
WITH n, s
CALL (n, s) {
  MATCH (n)-[other:SOURCED_FROM]->()
  WHERE other <> s
  SET other.preferred = [p IN coalesce(other.preferred, []) WHERE NOT p IN $fields]
}
RETURN n.id AS id
