// rank-actors
// Actors (people, organizations, countries) ranked by the events they took part in or by their
// connections, with both numbers on every row. events: distinct events the actor participated in,
// narrowed by the event filters (types, a place or places within it, a period overlapping $from..$to,
// an ongoing event overlapping every window after its start);
// connections: distinct entities (people, organizations, places, events) linked to it by any fact
// relationship, whatever the event filters (claims, offices and articles are not entities).
// Actors with zero on the ranking measure are left out. Ties: the other measure, then name.
// Parameters: $by: string, $kinds: string[]?, $eventTypes: string[]?, $placeId: string?, $from: date?, $to: date?, $limit: int
// Returns: actor: EntityRef, events: int, connections: int
MATCH (a:Actor)
WHERE $kinds IS NULL OR a.kind IN $kinds
WITH a,
     COUNT {
       MATCH (a)-[:PARTICIPATED_IN]->(ev:Event)
       WHERE ($eventTypes IS NULL OR ev.eventType IN $eventTypes)
         AND ($placeId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
         AND ($from IS NULL OR ev.endDate >= date($from) OR ev.ongoing = true)
         AND ($to IS NULL OR ev.startDate <= date($to))
       RETURN DISTINCT ev } AS events,
     COUNT { MATCH (a)--(m:Entity) WHERE m <> a RETURN DISTINCT m } AS connections
WITH a, events, connections, CASE $by WHEN 'EVENTS' THEN events ELSE connections END AS score,
     CASE $by WHEN 'EVENTS' THEN connections ELSE events END AS tiebreak
WHERE score > 0
RETURN a {.id, .name, .kind} AS actor, events, connections
ORDER BY score DESC, tiebreak DESC, toLower(a.name), a.id
LIMIT $limit
