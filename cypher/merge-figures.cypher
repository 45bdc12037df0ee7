// merge-figures
// Figures: numbers with metric, value (or low/best/high), unit, period and place. A claim's figure
// hangs off the claim (STATES), so its speaker is known; an event figure the article gives in its own
// voice has no claim. Per-event counts (scope EVENT) point at their one event (COUNTS); aggregates
// (scope AGGREGATE) never do, so the two are never summed together.
// Parameters: $rows: {id: string, claimId: string?, props: Props, periodStart: date?, periodEnd: date?, placeId: string?,
//     eventId: string?, source: SourceProps, articleId: string}[],
//   $now: datetime, $by: string
// Returns: id: string, created: bool
UNWIND $rows AS row
MERGE (f:Figure {id: row.id})
  ON CREATE SET f += row.props, f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd),
                f.createdAt = datetime($now), f.createdBy = $by
WITH f, row
OPTIONAL MATCH (c:Claim {id: row.claimId})
OPTIONAL MATCH (p:Place {id: row.placeId})
OPTIONAL MATCH (ev:Event {id: row.eventId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (c)-[:STATES]->(f))
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (f)-[:FOR_PLACE]->(p))
FOREACH (_ IN CASE WHEN ev IS NULL THEN [] ELSE [1] END | MERGE (f)-[:COUNTS]->(ev))
WITH f, row
MATCH (a:Article {id: row.articleId})
MERGE (f)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
RETURN f.id AS id, f.createdAt = datetime($now) AS created
