// count-claims
// How many claims match list-claims' filters (its totalCount, asked only when selected): the anchored
// set when small, the label's count without filters, else at most $countCap claims examined (then
// exact is false and the count a lower bound).
// Parameters: $aboutId: string?, $speakerId: string?, $stance: string?, $kinds: string[]?, $from: date?, $to: date?,
//   $unfiltered: bool, $cap: int, $countCap: int
// Returns: total: int, exact: bool
WITH CASE WHEN $speakerId IS NOT NULL THEN 'speaker' WHEN $aboutId IS NOT NULL THEN 'about' END AS anchor
CALL (anchor) {
  WITH anchor WHERE anchor IS NULL
  RETURN null AS c
  UNION
  WITH anchor WHERE anchor = 'speaker'
  MATCH (:Actor {id: $speakerId})-[:ASSERTS|DENIES]->(c:Claim)
  WITH DISTINCT c LIMIT $cap + 1
  RETURN c
  UNION
  WITH anchor WHERE anchor = 'about'
  CALL () {
    MATCH (:Entity {id: $aboutId})<-[:ABOUT]-(c:Claim) RETURN c
    UNION
    MATCH (:Claim {id: $aboutId})<-[:ABOUT]-(c:Claim) RETURN c
    UNION
    MATCH (:Place {id: $aboutId})<-[:WITHIN*1..6]-(:Place)<-[:ABOUT]-(c:Claim) RETURN c
    UNION
    MATCH (:Place {id: $aboutId})<-[:WITHIN*0..6]-(:Place)<-[:FOR_PLACE]-(:Figure)<-[:STATES]-(c:Claim) RETURN c
    UNION
    MATCH (:Event {id: $aboutId})<-[:COUNTS]-(:Figure)<-[:STATES]-(c:Claim) RETURN c
  }
  WITH DISTINCT c LIMIT $cap + 1
  RETURN c
}
WITH anchor, collect(c) AS found
CALL (anchor, found) {
  WITH anchor, found WHERE anchor IS NOT NULL AND size(found) <= $cap
  UNWIND found AS c
  WITH c WHERE true
    AND ($kinds IS NULL OR c.kind IN $kinds)
    AND ($from IS NULL OR c.date >= date($from)) AND ($to IS NULL OR c.date <= date($to))
    AND ($aboutId IS NULL
         OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $aboutId }
         OR EXISTS { (c)-[:ABOUT]->(:Place)-[:WITHIN*1..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:FOR_PLACE]->(:Place)-[:WITHIN*0..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:COUNTS]->(:Event {id: $aboutId}) })
    AND ($speakerId IS NULL
         OR EXISTS { MATCH (:Actor {id: $speakerId})-[s:ASSERTS|DENIES]->(c) WHERE $stance IS NULL OR type(s) = $stance })
    AND ($stance IS NULL OR $speakerId IS NOT NULL
         OR EXISTS { MATCH (:Actor)-[s:ASSERTS|DENIES]->(c) WHERE type(s) = $stance })
  RETURN count(c) AS total, true AS exact
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $unfiltered
  RETURN COUNT { (:Claim) } AS total, true AS exact
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND NOT $unfiltered
  CALL () {
    MATCH (c:Claim)
    WITH c LIMIT $countCap
    WITH c, CASE WHEN true
           AND ($kinds IS NULL OR c.kind IN $kinds)
           AND ($from IS NULL OR c.date >= date($from)) AND ($to IS NULL OR c.date <= date($to))
           AND ($aboutId IS NULL
         OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $aboutId }
         OR EXISTS { (c)-[:ABOUT]->(:Place)-[:WITHIN*1..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:FOR_PLACE]->(:Place)-[:WITHIN*0..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:COUNTS]->(:Event {id: $aboutId}) })
           AND ($speakerId IS NULL
         OR EXISTS { MATCH (:Actor {id: $speakerId})-[s:ASSERTS|DENIES]->(c) WHERE $stance IS NULL OR type(s) = $stance })
           AND ($stance IS NULL OR $speakerId IS NOT NULL
         OR EXISTS { MATCH (:Actor)-[s:ASSERTS|DENIES]->(c) WHERE type(s) = $stance }) THEN 1 END AS hit
    RETURN count(c) AS scanned, count(hit) AS matched
  }
  RETURN matched AS total, scanned < $countCap AS exact
}
RETURN total, exact
