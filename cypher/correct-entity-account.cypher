// correct-entity-account
// An editor corrects what an article's account of an entity or event says (description, dates, status),
// citing that article: its SOURCED_FROM gets the values (a null removes one) and is marked preferred for
// the corrected fields, so the value shown follows the correction; a value pinned by hand for those
// fields is released. An article that had no account of the entity gets one, with the source given.
// Returns the account as it was (null when new), for the change record.
// Parameters: $id: string, $articleId: string, $source: SourceProps, $values: map, $fields: string[], $now: datetime,
//   $by: string
// Returns: id: string, before: map?
MATCH (n:Entity {id: $id})
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (n)-[old:SOURCED_FROM]->(a)
WITH n, a, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
MERGE (n)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += $source, s.at = datetime($now), s.by = $by
SET s += $values,
    s.preferred = reduce(acc = coalesce(s.preferred, []), f IN $fields | CASE WHEN f IN acc THEN acc ELSE acc + f END),
    s.correctedAt = datetime($now), s.correctedBy = $by,
    n.pinned = [p IN coalesce(n.pinned, []) WHERE NOT p IN $fields],
    n.updatedAt = datetime($now), n.updatedBy = $by
WITH n, s, before
CALL (n, s) {
  MATCH (n)-[other:SOURCED_FROM]->()
  WHERE other <> s
  SET other.preferred = [p IN coalesce(other.preferred, []) WHERE NOT p IN $fields]
}
RETURN n.id AS id, before
