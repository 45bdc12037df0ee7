// remove-claim
// Removes a claim for good, with its stances, what it is about and the figures it states (a figure has
// no speaker without its claim); unnamed sources left with no stance go too. A ChangeRecord keeps the
// snapshot the engine made first (claim, stances, subjects, figures, sources).
// Parameters: $id: string, $snapshot: string, $reason: string?, $now: datetime, $by: string
// Returns: removed: int
MATCH (c:Claim {id: $id})
CREATE (:ChangeRecord {action: 'REMOVE_CLAIM', targetId: c.id, what: 'claim', previous: $snapshot, reason: $reason,
                       at: datetime($now), by: $by})
WITH c, COLLECT { MATCH (c)-[:STATES]->(f:Figure) RETURN f } AS figures,
     COLLECT { MATCH (c)<-[:ASSERTS|DENIES]-(s:AnonymousSource) RETURN s } AS anonymous
FOREACH (f IN figures | DETACH DELETE f)
DETACH DELETE c
WITH anonymous
CALL (anonymous) {
  UNWIND anonymous AS s
  WITH s WHERE NOT EXISTS { (s)-[:ASSERTS|DENIES]->() }
  DETACH DELETE s
}
RETURN 1 AS removed
