// merge-figures
// Figures: numbers with a controlled metric (label: the article's own name for it), value (or
// low/best/high), unit, period and places. A claim's figure hangs off the claim (STATES), so its speaker
// is known; an event figure the article gives in its own voice has no claim. Per-event counts (scope
// EVENT) point at their one event (COUNTS); aggregates (scope AGGREGATE) never do, so the two are never
// summed together. groupKey joins figures that count the same thing (metric, unit, scope, period and
// places, or the event), so sources that disagree on a number are found by index. A revision
// (row.replace) sets the figure's values and links anew and replaces its article's source.
// Parameters: $rows: {id: string, claimId: string?, props: Props, periodStart: date?, periodEnd: date?,
//     placeIds: string[], eventId: string?, source: SourceProps, articleId: string, replace?: bool, fact?: string}[],
//   $now: datetime, $by: string
// Returns: id: string, fact: string, created: bool, updated: bool
UNWIND $rows AS row
MERGE (f:Figure {id: row.id})
  ON CREATE SET f += row.props, f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd),
                f.createdAt = datetime($now), f.createdBy = $by
WITH f, row, f.createdAt = datetime($now) AS created
CALL (f, row, created) {
  WITH f, row WHERE coalesce(row.replace, false) AND NOT created
  OPTIONAL MATCH (f)-[old:STATES|FOR_PLACE|COUNTS]-()
  DELETE old
  WITH DISTINCT f, row
  SET f.value = null, f.low = null, f.best = null, f.high = null, f.approximation = null, f.qualifier = null,
      f.label = null, f.periodPrecision = null
  SET f += row.props, f.periodStart = date(row.periodStart), f.periodEnd = date(row.periodEnd),
      f.updatedAt = datetime($now), f.updatedBy = $by
}
WITH f, row, created
OPTIONAL MATCH (c:Claim {id: row.claimId})
OPTIONAL MATCH (ev:Event {id: row.eventId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (c)-[:STATES]->(f))
FOREACH (_ IN CASE WHEN ev IS NULL THEN [] ELSE [1] END | MERGE (f)-[:COUNTS]->(ev))
WITH f, row, created
CALL (f, row) {
  UNWIND row.placeIds AS placeId
  MATCH (p:Place {id: placeId})
  MERGE (f)-[:FOR_PLACE]->(p)
}
WITH f, row, created
MATCH (a:Article {id: row.articleId})
MERGE (f)-[s:SOURCED_FROM]->(a)
  ON CREATE SET s += row.source, s.at = datetime($now), s.by = $by
WITH f, row, created, s, s.at = datetime($now) AS fresh
CALL (s, row, fresh) {
  WITH s, row WHERE coalesce(row.replace, false) AND NOT fresh
  SET s = row.source
  SET s.at = datetime($now), s.by = $by
}
RETURN f.id AS id, coalesce(row.fact, f.id) AS fact, created, coalesce(row.replace, false) AND NOT created AS updated
