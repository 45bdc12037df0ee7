// remove-claim-subjects
// Removes what a claim is said to be about (every source of each ABOUT), keeping each in a
// ChangeRecord with its sources.
// Parameters: $claimId: string, $subjectIds: string[], $now: datetime, $by: string
// Returns: subjectId: string
MATCH (c:Claim {id: $claimId})-[r:ABOUT]->(x)
WHERE x.id IN $subjectIds
CREATE (:ChangeRecord {action: 'REMOVE_RELATIONSHIP', type: 'ABOUT', from: c.id, to: x.id, targetId: c.id,
                       sources: r.sources, provenance: r.provenance, at: datetime($now), by: $by})
WITH r, x.id AS subjectId
DELETE r
RETURN subjectId
