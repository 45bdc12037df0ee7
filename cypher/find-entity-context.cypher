// find-entity-context
// One entity and, in the same round trip, what a page about it shows beside it: its relationships with
// the entity at the other end, its sources with their articles, and for an event its participants
// (with the actors) and places. Each part is read only when its flag is set (the resolver sets them
// from the fields the query selects); the parts' rows and order are those of load-entity-relationships,
// load-node-sources, load-event-participants and load-event-places, whose loaders they prime.
// Entities are returned in their stored shape (EntityNode), not with their internal keys (nameKeys,
// nameText, sort keys, createdAt): the driver decodes only what the API reads.
// Parameters: $id: string, $relationships: bool, $sources: bool, $participants: bool, $places: bool
// Returns: entity: EntityNode,
//   relationships: {type: string, direction: string, otherId: string, role: ParticipantRole?, startDate: date?,
//     endDate: date?, note: string?, provenance: string[]?, other: EntityNode}[],
//   sources: {articleId: string, source: SourceProps, article: ArticleNode}[],
//   participants: {actorId: string, eventId: string, role: ParticipantRole, note: string?, provenance: string[]?,
//     actor: EntityNode}[],
//   places: EntityNode[]
MATCH (n:Entity {id: $id})
CALL (n) {
  WITH n WHERE $relationships
  MATCH (n)-[r]-(m:Entity)
  WITH r, m, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
  ORDER BY type(r), direction, m.id
  RETURN collect({type: type(r), direction: direction, otherId: m.id, role: r.role, startDate: r.startDate,
                  endDate: r.endDate, note: r.note, provenance: r.provenance, other: m {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status}}) AS relationships
}
CALL (n) {
  WITH n WHERE $sources
  MATCH (n)-[s:SOURCED_FROM]->(a:Article)
  WITH s, a ORDER BY a.publishedDate, a.id
  RETURN collect({articleId: a.id, source: s {.basis, .attribution, .evidence, .reportedBy, .note},
                  article: a {.*}}) AS sources
}
CALL (n) {
  WITH n WHERE $participants AND n:Event
  MATCH (n)<-[r:PARTICIPATED_IN]-(a:Actor)
  WITH r, a ORDER BY r.role, a.id
  RETURN collect({actorId: a.id, eventId: n.id, role: r.role, note: r.note, provenance: r.provenance,
                  actor: a {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status}}) AS participants
}
CALL (n) {
  WITH n WHERE $places AND n:Event
  MATCH (n)-[:OCCURRED_IN]->(p:Place)
  WITH p ORDER BY p.name
  RETURN collect(p {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status}) AS places
}
RETURN n {.id, .name, .aliases, .kind, .description, .orgType, .placeType, .countryCode, .eventType, .subType,
    .startDate, .endDate, .datePrecision, .ongoing, .connections, .version, .status} AS entity, relationships, sources, participants, places
