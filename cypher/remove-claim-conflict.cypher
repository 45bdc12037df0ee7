// remove-claim-conflict
// Removes an editor's mark that two claims contradict each other (either direction), keeping it in a
// ChangeRecord.
// Parameters: $claimId: string, $otherId: string, $now: datetime, $by: string
// Returns: removed: int
MATCH (:Claim {id: $claimId})-[r:CONFLICTS_WITH]-(:Claim {id: $otherId})
CREATE (:ChangeRecord {action: 'REMOVE_RELATIONSHIP', type: 'CONFLICTS_WITH', from: startNode(r).id, to: endNode(r).id,
                       targetId: $claimId, note: r.note, at: datetime($now), by: $by})
DELETE r
RETURN count(*) AS removed
