// remove-claim-stance
// Removes one speaker's stance on a claim (every source of it), keeping it in a ChangeRecord; an unnamed
// source left with no stance goes too, and the claim's quotes are those of its remaining stances.
// Parameters: $claimId: string, $speakerId: string, $stance: Stance, $now: datetime, $by: string
// Returns: removed: int
MATCH (c:Claim {id: $claimId})<-[r:ASSERTS|DENIES]-(s)
WHERE type(r) = $stance AND s.id = $speakerId
CREATE (:ChangeRecord {action: 'REMOVE_STANCE', type: type(r), from: s.id, to: c.id, targetId: c.id,
                       sources: r.sources, provenance: r.provenance, quote: r.quote, at: datetime($now), by: $by})
DELETE r
WITH c, s
CALL (s) {
  WITH s WHERE s:AnonymousSource AND NOT EXISTS { (s)-[:ASSERTS|DENIES]->() }
  DETACH DELETE s
}
SET c.quotes = COLLECT { MATCH (c)<-[x:ASSERTS|DENIES]-() WHERE x.quote IS NOT NULL RETURN DISTINCT x.quote AS q ORDER BY q }
RETURN count(*) AS removed
