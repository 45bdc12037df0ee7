// Stores from before accounts: each entity's earliest source gets the values the node shows (its
// description, an event's dates and status) as that source's account, each position's earliest
// provenance record gets the position's dates, every figure gets its group key, and every article
// starts at revision 1. Later articles then add their own accounts beside these.
MATCH (n:Entity)-[s:SOURCED_FROM]->(a:Article)
WITH n, s ORDER BY s.at
WITH n, head(collect(s)) AS s
CALL (n, s) {
  WITH n, s, CASE n.datePrecision WHEN 'YEAR' THEN 4 WHEN 'MONTH' THEN 7 ELSE 10 END AS cut
  SET s.description = coalesce(s.description, n.description)
  FOREACH (_ IN CASE WHEN n:Event AND n.startDate IS NOT NULL AND s.start IS NULL THEN [1] ELSE [] END |
    SET s.start = substring(toString(n.startDate), 0, cut),
        s.end = CASE WHEN n.endDate IS NULL OR n.endDate = CASE cut
                       WHEN 4 THEN date({year: n.startDate.year, month: 12, day: 31})
                       WHEN 7 THEN n.startDate + duration({months: 1}) - duration({days: 1})
                       ELSE n.startDate END
                     THEN null ELSE toString(n.endDate) END,
        s.ongoing = coalesce(n.ongoing, false),
        s.status = CASE WHEN n.ongoing THEN 'ONGOING' ELSE null END)
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (p:Person)-[h:HOLDS]->(:Office)
WHERE size(coalesce(h.provenance, [])) > 0 AND NOT h.provenance[0] CONTAINS '"asOf"' AND NOT h.provenance[0] CONTAINS '"start"'
CALL (h) {
  WITH h, '{' +
    CASE WHEN h.startDate IS NULL THEN '' ELSE '"start":"' + toString(h.startDate) + '",' END +
    CASE WHEN h.endDate IS NULL THEN '' ELSE '"end":"' + toString(h.endDate) + '",' END +
    CASE WHEN h.asOf IS NULL THEN '' ELSE '"asOf":"' + toString(h.asOf) + '",' END AS head
  SET h.provenance = [head + substring(h.provenance[0], 1)] + tail(h.provenance)
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (f:Figure) WHERE f.groupKey IS NULL
CALL (f) {
  WITH f, [(f)-[:COUNTS]->(e:Event) | e.id][0] AS eventId,
       COLLECT { MATCH (f)-[:FOR_PLACE]->(p:Place) RETURN p.id ORDER BY p.id } AS places
  SET f.groupKey = f.metric + '|' + f.unit + '|' + f.scope + '|' +
    CASE WHEN f.scope = 'EVENT' AND eventId IS NOT NULL THEN eventId
         ELSE coalesce(toString(f.periodStart), '') + '|' + coalesce(toString(f.periodEnd), '') + '|' +
              reduce(t = '', x IN places | t + CASE WHEN t = '' THEN '' ELSE ',' END + x) END
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (a:Article) WHERE a.revision IS NULL
CALL (a) {
  SET a.revision = 1
} IN TRANSACTIONS OF 1000 ROWS;
