// list-timeline
// Events in date order for an entity: those it took part in, those in a place (or places within it),
// and the parts of an event series. Ordered by start, then end, so a month-precision event sits at
// its month's start ahead of the days inside it. statuses keeps events in those states (an event no
// source gives a status is ONGOING when still going on, else CONCLUDED): a planned event is on the
// timeline as planned, and leaves it when asked only for what happened.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $id: string, $from: date?, $to: date?, $statuses: string[]?, $limit: int
// Returns: event: EntityNode
MATCH (x:Entity {id: $id})
CALL (x) {
  MATCH (x)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
  UNION
  MATCH (ev:Event)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(x) RETURN ev
  UNION
  MATCH (ev:Event)-[:PART_OF*1..4]->(x) RETURN ev
}
WITH DISTINCT ev
WHERE ($from IS NULL OR ev.endDate >= date($from) OR ev.ongoing = true) AND ($to IS NULL OR ev.startDate <= date($to))
  AND ($statuses IS NULL OR coalesce(ev.status, CASE WHEN ev.ongoing THEN 'ONGOING' ELSE 'CONCLUDED' END) IN $statuses)
RETURN ev {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS event
ORDER BY ev.startDate, ev.endDate, ev.id
LIMIT $limit
