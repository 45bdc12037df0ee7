// aggregate-claim-stances
// Claims counted by stance and speaker: for each actor, how many of the matching claims it asserted
// and how many it denied, most active first; with the number of matching claims and of ASSERTS and
// DENIES stances on them. Filters as in list-claims: what the claims are about (an entity, or a place
// including places within it, directly or through their figures, or an event their figures count),
// claim kinds and claim date (claims with no date drop out when $from or $to is given).
// Parameters: $aboutId: string?, $kinds: string[]?, $from: date?, $to: date?, $limit: int
// Returns: claims: int, asserts: int, denies: int, speakerCount: int,
//   speakers: {speaker: EntityRef, asserts: int, denies: int}[]
CALL () {
  MATCH (c:Claim)
  WHERE ($kinds IS NULL OR c.kind IN $kinds)
    AND ($from IS NULL OR c.date >= date($from))
    AND ($to IS NULL OR c.date <= date($to))
    AND ($aboutId IS NULL
         OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $aboutId }
         OR EXISTS { (c)-[:ABOUT]->(:Place)-[:WITHIN*1..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:FOR_PLACE]->(:Place)-[:WITHIN*0..6]->(:Place {id: $aboutId}) }
         OR EXISTS { (c)-[:STATES]->(:Figure)-[:COUNTS]->(:Event {id: $aboutId}) })
  RETURN collect(c) AS claims
}
CALL (claims) {
  UNWIND claims AS c
  MATCH (a:Actor)-[s:ASSERTS|DENIES]->(c)
  WITH a, sum(CASE type(s) WHEN 'ASSERTS' THEN 1 ELSE 0 END) AS asserts, sum(CASE type(s) WHEN 'DENIES' THEN 1 ELSE 0 END) AS denies
  ORDER BY asserts + denies DESC, asserts DESC, toLower(a.name), a.id
  RETURN collect({speaker: a {.id, .name, .kind}, asserts: asserts, denies: denies}) AS speakers
}
RETURN size(claims) AS claims,
       reduce(n = 0, s IN speakers | n + s.asserts) AS asserts,
       reduce(n = 0, s IN speakers | n + s.denies) AS denies,
       size(speakers) AS speakerCount,
       speakers[0..$limit] AS speakers
