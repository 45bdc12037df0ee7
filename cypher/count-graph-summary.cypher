// count-graph-summary
// Counts of everything for a dashboard's header panel: entities by kind, claims and their stances,
// figures by scope, articles, offices, fact relationships (all but SOURCED_FROM, MENTIONS, NAMES and
// MERGED_INTO) and source links; the first and last event starts and the newest article date.
// Parameters: none
// Returns: people: int, organizations: int, places: int, countries: int, events: int, claims: int, asserts: int,
//   denies: int, figures: int, aggregateFigures: int, eventFigures: int, articles: int, offices: int,
//   relationships: int, sourceLinks: int, firstEventStart: date?, lastEventStart: date?, latestArticleDate: date?
// Every count comes from the count store or an index; the dates are the ends of their range indexes.
CALL () {
  OPTIONAL MATCH (e:Event) WHERE e.startDate IS NOT NULL
  WITH e.startDate AS d ORDER BY d LIMIT 1
  RETURN d AS firstEventStart
}
CALL () {
  OPTIONAL MATCH (e:Event) WHERE e.startDate IS NOT NULL
  WITH e.startDate AS d ORDER BY d DESC LIMIT 1
  RETURN d AS lastEventStart
}
CALL () {
  OPTIONAL MATCH (a:Article) WHERE a.publishedDate IS NOT NULL
  WITH a.publishedDate AS d ORDER BY d DESC LIMIT 1
  RETURN d AS latestArticleDate
}
RETURN COUNT { (:Person) } AS people,
       COUNT { (:Organization) } AS organizations,
       COUNT { (:Place) } AS places,
       COUNT { (:Country) } AS countries,
       COUNT { (:Event) } AS events,
       COUNT { (:Claim) } AS claims,
       COUNT { ()-[:ASSERTS]->(:Claim) } AS asserts,
       COUNT { ()-[:DENIES]->(:Claim) } AS denies,
       COUNT { (:Figure) } AS figures,
       COUNT { (f:Figure) WHERE f.scope = 'AGGREGATE' } AS aggregateFigures,
       COUNT { (f:Figure) WHERE f.scope = 'EVENT' } AS eventFigures,
       COUNT { (:Article) } AS articles,
       COUNT { (:Office) } AS offices,
       COUNT { ()-[]->() } - COUNT { ()-[:SOURCED_FROM]->() } - COUNT { ()-[:MENTIONS]->() } - COUNT { ()-[:NAMES]->() }
         - COUNT { ()-[:MERGED_INTO]->() } AS relationships,
       COUNT { ()-[:SOURCED_FROM]->() } AS sourceLinks,
       firstEventStart, lastEventStart, latestArticleDate
