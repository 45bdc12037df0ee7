// aggregate-events-over-time
// Events per day, ISO week (from Monday), month or year from $from to $to, as series by event type, place,
// participating actor or all together; every bucket is present, zeros included. Buckets are whole
// periods: $from is moved back to the start of its bucket and the last bucket runs to the end of its
// period. Everything goes by an event's start. An event counts once per series, in the bucket holding
// its start, only when its date precision is at least as fine as the bucket (DAY in any bucket, MONTH in
// month and year buckets, YEAR in year buckets): a month-precision event is never placed in a day or
// week as if its date were known. A coarser event whose start period (its month or year) overlaps the
// window is counted apart as imprecise: per series, and per bucket its start could fall in. How long
// an event lasts (an end, or ongoing) does not matter here. Filters: event types, a place (events there
// or in places within it) and a participating actor. By place, an event counts in each of its places
// (within the filter place when one is given), and by actor in each participant's series, so series
// may overlap; total and imprecise count events once.
// Parameters: $unit: string, $from: date, $to: date, $groupBy: string, $eventTypes: string[]?,
//   $placeId: string?, $actorId: string?, $limit: int
// Returns: buckets: {start: date, end: date}[],
//   series: {key: string?, label: string, counts: int[], imprecise: int[], total: int, impreciseTotal: int}[],
//   seriesCount: int, total: int, imprecise: int
WITH date.truncate($unit, date($from)) AS first, date($to) AS last,
     CASE $unit WHEN 'day' THEN duration({days: 1}) WHEN 'week' THEN duration({days: 7})
                WHEN 'month' THEN duration({months: 1}) ELSE duration({years: 1}) END AS step,
     CASE $unit WHEN 'month' THEN 1 WHEN 'year' THEN 2 ELSE 0 END AS unitRank
WITH step, unitRank,
     [i IN range(0, CASE $unit WHEN 'day' THEN duration.inDays(first, last).days
                               WHEN 'week' THEN duration.inDays(first, last).days / 7
                               WHEN 'month' THEN duration.inMonths(first, last).months
                               ELSE duration.inMonths(first, last).months / 12 END) | first + step * i] AS starts
WITH unitRank, [s IN starts | {start: s, end: s + step - duration({days: 1})}] AS buckets
CALL (buckets, unitRank) {
  MATCH (ev:Event)
  // A range seek on the start-date index: nothing that starts before the year of the first bucket can
  // fall in the window, even at year precision.
  WHERE date.truncate('year', buckets[0].start) <= ev.startDate <= buckets[-1].end
    AND ($eventTypes IS NULL OR ev.eventType IN $eventTypes)
    AND ($placeId IS NULL OR EXISTS { (ev)-[:OCCURRED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
    AND ($actorId IS NULL OR EXISTS { (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(ev) })
  WITH buckets, ev, CASE ev.datePrecision WHEN 'DAY' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END AS rank
  // The last day the event may have started on: the end of its start's month or year.
  WITH buckets, ev, rank <= unitRank AS placed,
       CASE rank WHEN 0 THEN ev.startDate
                 WHEN 1 THEN date.truncate('month', ev.startDate) + duration({months: 1}) - duration({days: 1})
                 ELSE date.truncate('year', ev.startDate) + duration({years: 1}) - duration({days: 1}) END AS startsBy
  WHERE startsBy >= buckets[0].start
  WITH ev, placed,
       CASE WHEN placed
         THEN [i IN range(0, size(buckets) - 1) WHERE buckets[i].start <= ev.startDate AND ev.startDate <= buckets[i].end]
         ELSE [i IN range(0, size(buckets) - 1) WHERE buckets[i].start <= startsBy AND ev.startDate <= buckets[i].end] END AS at
  WHERE size(at) > 0
  WITH ev, placed, at,
       CASE $groupBy
         WHEN 'TYPE' THEN [{key: ev.eventType, label: ev.eventType}]
         WHEN 'PLACE' THEN COLLECT {
           MATCH (ev)-[:OCCURRED_IN]->(p:Place)
           WHERE $placeId IS NULL OR EXISTS { (p)-[:WITHIN*0..6]->(:Place {id: $placeId}) }
           RETURN DISTINCT {key: p.id, label: p.name} }
         WHEN 'ACTOR' THEN COLLECT {
           MATCH (a:Actor)-[:PARTICIPATED_IN]->(ev)
           RETURN DISTINCT {key: a.id, label: a.name} }
         ELSE [{key: 'all', label: 'All events'}] END AS groups
  RETURN collect({placed: placed, at: at,
                  groups: CASE WHEN size(groups) = 0 THEN [{key: null, label: CASE $groupBy WHEN 'PLACE' THEN 'No place' ELSE 'No actor' END}] ELSE groups END}) AS events
}
CALL (events) {
  UNWIND events AS e
  UNWIND e.groups AS g
  WITH g.key AS key, g.label AS label, collect(e) AS evs
  WITH key, label, evs, size([e IN evs WHERE e.placed]) AS total, size([e IN evs WHERE NOT e.placed]) AS impreciseTotal
  ORDER BY total DESC, impreciseTotal DESC, toLower(label), key
  RETURN collect({key: key, label: label, evs: evs, total: total, impreciseTotal: impreciseTotal}) AS groups
}
RETURN [b IN buckets | {start: b.start, end: b.end}] AS buckets,
       [s IN groups[0..$limit] | {key: s.key, label: s.label, total: s.total, impreciseTotal: s.impreciseTotal,
          counts: [i IN range(0, size(buckets) - 1) | size([e IN s.evs WHERE e.placed AND e.at[0] = i])],
          imprecise: [i IN range(0, size(buckets) - 1) | size([e IN s.evs WHERE NOT e.placed AND i IN e.at])]}] AS series,
       size(groups) AS seriesCount,
       size([e IN events WHERE e.placed]) AS total,
       size([e IN events WHERE NOT e.placed]) AS imprecise
