// Range indexes for the lookups and filters the API makes.
// Lookups by id under a specific label (an event, an actor ...) seek these instead of scanning the label.
CREATE INDEX actor_id IF NOT EXISTS FOR (n:Actor) ON (n.id);
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
CREATE INDEX place_id IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE INDEX country_id IF NOT EXISTS FOR (n:Country) ON (n.id);
CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.id);
CREATE INDEX deleted_id IF NOT EXISTS FOR (n:Deleted) ON (n.id);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// Keyset lists read in index order: (kind, sort key), the sort key unique (it ends with the id).
CREATE INDEX entity_name_sort IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.nameSort);
CREATE INDEX entity_connections_sort IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.connSort);
CREATE INDEX entity_start_sort IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.startSort);
// Name filters (a fragment of any name or alias) read the text index over every key, between bars.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.nameText);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType, n.subType);
CREATE INDEX place_type IF NOT EXISTS FOR (n:Place) ON (n.placeType);
CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.orgType);
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date);
CREATE INDEX claim_date_sort IF NOT EXISTS FOR (n:Claim) ON (n.dateSort);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric, n.scope);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedDate);
CREATE INDEX figure_scope IF NOT EXISTS FOR (n:Figure) ON (n.scope);
// Figures that count the same thing (metric, unit, scope, period and places, or the event): the other
// accounts of a number, found by one seek.
CREATE INDEX figure_group IF NOT EXISTS FOR (n:Figure) ON (n.groupKey);
// The history of a fact: change records by the id they are about, and by article (revisions).
CREATE INDEX change_target IF NOT EXISTS FOR (n:ChangeRecord) ON (n.targetId);
// Expired idempotency keys, deleted in batches by the hourly cleanup.
CREATE INDEX idempotency_key_expires IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.expiresAt);
