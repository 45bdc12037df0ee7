// aggregate-figure-series
// Reported figures as series, one per metric, unit, scope and place, each point one figure in period
// order with its speakers: the actors asserting the claim that states it (none when the article gives
// the number in its own voice). Points are never summed: AGGREGATE and EVENT figures are separate
// series, and two reports of one number stay two points. A figure that states no period takes the
// period of the one event it counts (periodFromEvent; open-ended when that event is ongoing). Filters:
// metrics, scope, a place (figures for it or for places within it, each in its own place's series), a
// period overlapping $from..$to (figures with no known period drop out when either is given) and a
// speaker.
// Parameters: $metrics: string[]?, $scope: string?, $placeId: string?, $from: date?, $to: date?, $speakerId: string?
// Returns: metric: string, unit: string, scope: FigureScope, place: EntityRef?,
//   points: {id: string, value: float?, low: float?, best: float?, high: float?, approximation: string?,
//     qualifier: string?, periodStart: date?, periodEnd: date?, periodPrecision: DatePrecision?, periodFromEvent: bool,
//     claimId: string?, event: EntityRef?, speakers: EntityRef[]}[]
MATCH (f:Figure)
WHERE ($metrics IS NULL OR f.metric IN $metrics) AND ($scope IS NULL OR f.scope = $scope)
OPTIONAL MATCH (f)-[:FOR_PLACE]->(p:Place)
WITH f, p
WHERE $placeId IS NULL OR EXISTS { (p)-[:WITHIN*0..6]->(:Place {id: $placeId}) }
OPTIONAL MATCH (f)-[:COUNTS]->(ev:Event)
OPTIONAL MATCH (c:Claim)-[:STATES]->(f)
WITH f, p, ev, c, f.periodStart IS NULL AND ev IS NOT NULL AS periodFromEvent
WITH f, p, ev, c, periodFromEvent,
     CASE WHEN periodFromEvent THEN ev.startDate ELSE f.periodStart END AS periodStart,
     CASE WHEN NOT periodFromEvent THEN f.periodEnd WHEN ev.ongoing = true THEN null ELSE ev.endDate END AS periodEnd,
     CASE WHEN periodFromEvent THEN ev.datePrecision ELSE f.periodPrecision END AS periodPrecision
WHERE ($from IS NULL OR periodEnd >= date($from) OR (periodEnd IS NULL AND periodStart IS NOT NULL))
  AND ($to IS NULL OR periodStart <= date($to))
  AND ($speakerId IS NULL OR EXISTS { (:Actor {id: $speakerId})-[:ASSERTS]->(c) })
WITH f, p, ev, c, periodFromEvent, periodStart, periodEnd, periodPrecision,
     COLLECT { MATCH (a:Actor)-[:ASSERTS]->(c) RETURN a {.id, .name, .kind} ORDER BY a.name, a.id } AS speakers
ORDER BY f.metric, f.scope, p.name, periodStart, f.id
WITH f.metric AS metric, f.unit AS unit, f.scope AS scope, p,
     collect({id: f.id, value: f.value, low: f.low, best: f.best, high: f.high, approximation: f.approximation,
              qualifier: f.qualifier, periodStart: periodStart, periodEnd: periodEnd, periodPrecision: periodPrecision,
              periodFromEvent: periodFromEvent, claimId: c.id, event: CASE WHEN ev IS NULL THEN null ELSE ev {.id, .name, .kind} END,
              speakers: speakers}) AS points
RETURN metric, unit, scope, CASE WHEN p IS NULL THEN null ELSE p {.id, .name, .kind} END AS place, points
ORDER BY metric, scope, place.name
