// list-entities
// One keyset page of people, organizations, places or events ($kind), filtered and sorted by name,
// connections or start date. Cost follows the page, not the graph:
// - With an anchor (a name fragment, a participant, an organization, a place, a bordering place), the
//   anchor's matches are collected first (nameText's text index, for the fragment and for its phonetic
//   form ($namePhonetic, "najib" for "Najeeb", found in the "~" keys), or a walk out from the anchor
//   node), at most $cap of them: a set that small is filtered and sorted whole.
// - Without an anchor, or when the anchor matches more than $cap entities (then they are common enough
//   that a page fills quickly), the page is read in index order on (kind, sort key) from the cursor,
//   filters applied as it goes, and the read stops at $limit rows.
// Sort keys are unique strings ending with the id (nameSort, connSort, startSort); the cursor is one.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $kind: EntityKind, $sort: string, $ascending: bool, $after: string?, $limit: int, $cap: int,
//   $nameKey: string?, $namePhonetic: string?, $orgTypes: string[]?, $placeTypes: string[]?, $eventTypes: string[]?,
//   $subTypes: string[]?,
//   $from: date?, $to: date?, $placeId: string?, $withinId: string?, $participantId: string?,
//   $organizationId: string?, $bordersId: string?
// Returns: key: string, node: EntityNode
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
  // A small anchored set: filtered and sorted whole.
  WITH anchor, found WHERE anchor IS NOT NULL AND size(found) <= $cap
  UNWIND found AS n
  WITH n, CASE $sort WHEN 'NAME' THEN n.nameSort WHEN 'CONNECTIONS' THEN n.connSort ELSE n.startSort END AS key
  WHERE key IS NOT NULL AND ($after IS NULL OR ($ascending AND key > $after) OR (NOT $ascending AND key < $after))
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
  RETURN n, key
  ORDER BY CASE WHEN $ascending THEN key END ASC, CASE WHEN NOT $ascending THEN key END DESC
  LIMIT $limit
  // No anchor, or a common one: index order from the cursor, filters applied as rows are read. One
  // branch per sort key and direction, so that each reads its own index in its own order.
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'NAME' AND $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.nameSort > coalesce($after, '')
    WITH n ORDER BY n.kind, n.nameSort
    WHERE true
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
    RETURN n, n.nameSort AS key LIMIT $limit
  }
  RETURN n, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'NAME' AND NOT $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.nameSort < coalesce($after, '\uffff')
    WITH n ORDER BY n.kind DESC, n.nameSort DESC
    WHERE true
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
    RETURN n, n.nameSort AS key LIMIT $limit
  }
  RETURN n, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'CONNECTIONS' AND $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.connSort > coalesce($after, '')
    WITH n ORDER BY n.kind, n.connSort
    WHERE true
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
    RETURN n, n.connSort AS key LIMIT $limit
  }
  RETURN n, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'CONNECTIONS' AND NOT $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.connSort < coalesce($after, '\uffff')
    WITH n ORDER BY n.kind DESC, n.connSort DESC
    WHERE true
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
    RETURN n, n.connSort AS key LIMIT $limit
  }
  RETURN n, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'START_DATE' AND $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.startSort > coalesce($after, '')
    WITH n ORDER BY n.kind, n.startSort
    WHERE true
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
    RETURN n, n.startSort AS key LIMIT $limit
  }
  RETURN n, key
  UNION
  WITH anchor, found WHERE (anchor IS NULL OR size(found) > $cap) AND $sort = 'START_DATE' AND NOT $ascending
  CALL () {
    MATCH (n:Entity) WHERE n.kind = $kind AND n.startSort < coalesce($after, '\uffff')
    WITH n ORDER BY n.kind DESC, n.startSort DESC
    WHERE true
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
    RETURN n, n.startSort AS key LIMIT $limit
  }
  RETURN n, key
}
RETURN key, n {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS node
