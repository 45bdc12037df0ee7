// set-claim-conflict
// An editor records that two claims contradict each other: (a)-[:CONFLICTS_WITH {note, at, by}]->(b),
// one relationship per pair whichever way it was asked.
// Parameters: $claimId: string, $otherId: string, $note: string?, $now: datetime, $by: string
// Returns: created: bool
MATCH (a:Claim {id: $claimId})
MATCH (b:Claim {id: $otherId})
OPTIONAL MATCH (b)-[back:CONFLICTS_WITH]->(a)
WITH a, b, back
CALL (a, b, back) {
  WITH a, b, back WHERE back IS NOT NULL
  SET back.note = coalesce($note, back.note)
  RETURN false AS created
  UNION
  WITH a, b, back WHERE back IS NULL
  MERGE (a)-[r:CONFLICTS_WITH]->(b)
    ON CREATE SET r.at = datetime($now), r.by = $by
  SET r.note = coalesce($note, r.note)
  RETURN r.at = datetime($now) AS created
}
RETURN created
