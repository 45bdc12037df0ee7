// count-entities
// How many people, organizations, places or events match a list's filters (the list's totalCount,
// asked only when a client selects it). Without filters it is the label's count from the count store.
// With an anchor that matches at most $cap entities, the anchored set is counted whole. Otherwise at
// most $countCap entities of the kind are examined: when that bound is reached the count is a lower
// bound and exact is false.
// Parameters: $kind: EntityKind, $unfiltered: bool, $cap: int, $countCap: int,
//   $nameKey: string?, $namePhonetic: string?, $orgTypes: string[]?, $placeTypes: string[]?, $eventTypes: string[]?,
//   $subTypes: string[]?,
//   $from: date?, $to: date?, $placeId: string?, $withinId: string?, $participantId: string?,
//   $organizationId: string?, $bordersId: string?
// Returns: total: int, exact: bool
WITH CASE WHEN $nameKey IS NOT NULL THEN 'name'
          WHEN $kind = 'EVENT' AND $participantId IS NOT NULL THEN 'participant'
          WHEN $kind IN ['EVENT', 'PERSON'] AND $organizationId IS NOT NULL THEN 'organization'
          WHEN $kind IN ['EVENT', 'ORGANIZATION'] AND $placeId IS NOT NULL THEN 'place'
          WHEN $kind = 'PLACE' AND $bordersId IS NOT NULL THEN 'borders'
          WHEN $kind = 'PLACE' AND $withinId IS NOT NULL THEN 'within' END AS anchor
CALL (anchor) {
  WITH anchor WHERE anchor IS NULL
  RETURN null AS n
  UNION
  WITH anchor WHERE anchor = 'name'
  CALL () {
    MATCH (n:Entity) WHERE n.nameText CONTAINS $nameKey RETURN n
    UNION
    MATCH (n:Entity) WHERE n.nameText CONTAINS $namePhonetic RETURN n
  }
  WITH n WHERE n.kind = $kind LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'participant'
  MATCH (:Actor {id: $participantId})-[:PARTICIPATED_IN]->(n:Event)
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'organization' AND $kind = 'PERSON'
  MATCH (o:Entity {id: $organizationId})
  CALL (o) {
    MATCH (o)<-[:OFFICE_OF]-(:Office)<-[:HOLDS]-(n:Person) RETURN n
    UNION
    MATCH (o)<-[:MEMBER_OF]-(n:Person) RETURN n
  }
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'organization' AND $kind = 'EVENT'
  MATCH (o:Entity {id: $organizationId})
  CALL (o) {
    MATCH (o)<-[:MEMBER_OF|PART_OF*0..3]-(:Actor)-[:PARTICIPATED_IN]->(n:Event) RETURN n
    UNION
    MATCH (o)<-[:OFFICE_OF]-(:Office)<-[:HOLDS]-(:Actor)-[:PARTICIPATED_IN]->(n:Event) RETURN n
  }
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'place' AND $kind = 'EVENT'
  MATCH (:Place {id: $placeId})<-[:WITHIN*0..6]-(:Place)<-[:OCCURRED_IN]-(n:Event)
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'place' AND $kind = 'ORGANIZATION'
  MATCH (:Place {id: $placeId})<-[:WITHIN*0..6]-(:Place)<-[:BASED_IN|OPERATES_IN|GOVERNS]-(n:Organization)
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'borders'
  MATCH (:Place {id: $bordersId})-[:BORDERS]-(n:Place)
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
  UNION
  WITH anchor WHERE anchor = 'within'
  MATCH (:Place {id: $withinId})<-[:WITHIN*1..6]-(n:Place)
  WITH DISTINCT n LIMIT $cap + 1
  RETURN n
}
WITH anchor, collect(n) AS found
CALL (anchor, found) {
  WITH anchor, found WHERE anchor IS NOT NULL AND size(found) <= $cap
  UNWIND found AS n
  WITH n WHERE true
    AND ($nameKey IS NULL OR n.nameText CONTAINS $nameKey OR n.nameText CONTAINS $namePhonetic)
    AND ($orgTypes IS NULL OR n.orgType IN $orgTypes) AND ($placeTypes IS NULL OR n.placeType IN $placeTypes)
    AND ($eventTypes IS NULL OR n.eventType IN $eventTypes) AND ($subTypes IS NULL OR n.subType IN $subTypes)
    AND ($from IS NULL OR n.endDate >= date($from) OR n.ongoing = true) AND ($to IS NULL OR n.startDate <= date($to))
    AND ($participantId IS NULL OR EXISTS { (:Actor {id: $participantId})-[:PARTICIPATED_IN]->(n) })
    AND ($placeId IS NULL
         OR EXISTS { (n)-[:OCCURRED_IN|BASED_IN|OPERATES_IN|GOVERNS]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
    AND ($withinId IS NULL OR EXISTS { (n)-[:WITHIN*1..6]->(:Place {id: $withinId}) })
    AND ($bordersId IS NULL OR EXISTS { (n)-[:BORDERS]-(:Place {id: $bordersId}) })
    AND ($organizationId IS NULL OR EXISTS {
          MATCH (o:Entity {id: $organizationId})
          WHERE EXISTS { (n)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(o) } OR EXISTS { (n)-[:MEMBER_OF]->(o) }
             OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(n)
                         WHERE a = o OR EXISTS { (a)-[:MEMBER_OF|PART_OF*1..3]->(o) }
                            OR EXISTS { (a)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(o) } } })
  RETURN count(n) AS total, true AS exact
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $unfiltered
  RETURN CASE $kind WHEN 'PERSON' THEN COUNT { (:Person) } WHEN 'ORGANIZATION' THEN COUNT { (:Organization) }
                    WHEN 'PLACE' THEN COUNT { (:Place) } ELSE COUNT { (:Event) } END AS total, true AS exact
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND NOT $unfiltered
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind
    WITH n LIMIT $countCap
    WITH n, CASE WHEN true
           AND ($nameKey IS NULL OR n.nameText CONTAINS $nameKey OR n.nameText CONTAINS $namePhonetic)
           AND ($orgTypes IS NULL OR n.orgType IN $orgTypes) AND ($placeTypes IS NULL OR n.placeType IN $placeTypes)
           AND ($eventTypes IS NULL OR n.eventType IN $eventTypes) AND ($subTypes IS NULL OR n.subType IN $subTypes)
           AND ($from IS NULL OR n.endDate >= date($from) OR n.ongoing = true) AND ($to IS NULL OR n.startDate <= date($to))
           AND ($participantId IS NULL OR EXISTS { (:Actor {id: $participantId})-[:PARTICIPATED_IN]->(n) })
           AND ($placeId IS NULL
         OR EXISTS { (n)-[:OCCURRED_IN|BASED_IN|OPERATES_IN|GOVERNS]->(:Place)-[:WITHIN*0..6]->(:Place {id: $placeId}) })
           AND ($withinId IS NULL OR EXISTS { (n)-[:WITHIN*1..6]->(:Place {id: $withinId}) })
           AND ($bordersId IS NULL OR EXISTS { (n)-[:BORDERS]-(:Place {id: $bordersId}) })
           AND ($organizationId IS NULL OR EXISTS {
          MATCH (o:Entity {id: $organizationId})
          WHERE EXISTS { (n)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(o) } OR EXISTS { (n)-[:MEMBER_OF]->(o) }
             OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(n)
                         WHERE a = o OR EXISTS { (a)-[:MEMBER_OF|PART_OF*1..3]->(o) }
                            OR EXISTS { (a)-[:HOLDS]->(:Office)-[:OFFICE_OF]->(o) } } }) THEN 1 END AS hit
    RETURN count(n) AS scanned, count(hit) AS matched
  }
  RETURN matched AS total, scanned < $countCap AS exact
}
RETURN total, exact
