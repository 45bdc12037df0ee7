// remove-figure
// Removes a figure for good (a wrong number, a duplicate): a ChangeRecord keeps its values, its links
// and its sources (JSON made by the engine from what it read first).
// Parameters: $id: string, $snapshot: string, $reason: string?, $now: datetime, $by: string
// Returns: removed: int
MATCH (f:Figure {id: $id})
CREATE (:ChangeRecord {action: 'REMOVE_FIGURE', targetId: f.id, what: 'figure', previous: $snapshot, reason: $reason,
                       at: datetime($now), by: $by})
DETACH DELETE f
RETURN count(*) AS removed
