// count-graph-summary
// Counts of everything for a dashboard's header panel: entities by kind, claims and their stances,
// figures by scope, articles, offices, fact relationships (all but SOURCED_FROM, MENTIONS and NAMES) and
// source links; the first and last event starts and the newest article date.
// Parameters: none
// Returns: people: int, organizations: int, places: int, countries: int, events: int, claims: int, asserts: int,
//   denies: int, figures: int, aggregateFigures: int, eventFigures: int, articles: int, offices: int,
//   relationships: int, sourceLinks: int, firstEventStart: date?, lastEventStart: date?, latestArticleDate: date?
CALL () { MATCH (e:Event) RETURN min(e.startDate) AS firstEventStart, max(e.startDate) AS lastEventStart }
CALL () { MATCH (a:Article) RETURN max(a.publishedDate) AS latestArticleDate }
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
       COUNT { ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM', 'MENTIONS', 'NAMES'] } AS relationships,
       COUNT { ()-[:SOURCED_FROM]->() } AS sourceLinks,
       firstEventStart, lastEventStart, latestArticleDate
