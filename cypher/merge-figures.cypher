// merge-figures
// Figures stated by a claim: (claim)-[:STATES]->(figure), with the place it covers (FOR_PLACE) or, for
// per-event counts (scope EVENT), the one event it counts (COUNTS). Aggregates and per-event counts
// stay apart by scope and are never summed together.
// Parameters: $rows: list of map (id, claimId, props, periodStart, periodEnd, placeId, eventId, source), $articleId: string, $now: string, $by: string
// Returns: id: string, created: boolean
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MERGE (f:Figure {id: row.id})
  ON CREATE SET f += row.props, f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd),
                f.createdAt = datetime($now), f.createdBy = $by
MERGE (c)-[:STATES]->(f)
WITH f, row
OPTIONAL MATCH (p:Place {id: row.placeId})
OPTIONAL MATCH (ev:Event {id: row.eventId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (f)-[:FOR_PLACE]->(p))
FOREACH (_ IN CASE WHEN ev IS NULL THEN [] ELSE [1] END | MERGE (f)-[:COUNTS]->(ev))
WITH f, row
MATCH (a:Article {id: $articleId})
MERGE (f)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
RETURN f.id AS id, f.createdAt = datetime($now) AS created
