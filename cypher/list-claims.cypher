// list-claims
// One keyset page of claims, filtered by what they are about (an entity, or a place including places
// within it, directly or through their figures), speaker, stance, kind and date; newest first by
// default. As in list-entities: an anchor (a speaker, a subject) matching at most $cap claims is
// sorted whole; otherwise the page is read in index order on dateSort (date, then id) from the
// cursor, filters applied as it goes.
// Parameters: $aboutId: string?, $speakerId: string?, $stance: string?, $kinds: string[]?, $from: date?, $to: date?,
//   $ascending: bool, $after: string?, $limit: int, $cap: int
// Returns: key: string, node: ClaimNode
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
  WITH c WHERE ($after IS NULL OR ($ascending AND c.dateSort > $after) OR (NOT $ascending AND c.dateSort < $after))
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
  RETURN c, c.dateSort AS key
  ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN NOT $ascending THEN key END DESC
  LIMIT $limit
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $ascending
  CALL () {
    MATCH (c:Claim) WHERE c.dateSort > coalesce($after, '')
    WITH c ORDER BY c.dateSort
    WHERE true
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
    RETURN c, c.dateSort AS key LIMIT $limit
  }
  RETURN c, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND NOT $ascending
  CALL () {
    MATCH (c:Claim) WHERE c.dateSort < coalesce($after, '\uffff')
    WITH c ORDER BY c.dateSort DESC
    WHERE true
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
    RETURN c, c.dateSort AS key LIMIT $limit
  }
  RETURN c, key
}
RETURN key, c {.*} AS node
