// Range indexes for the lookups and filters the API makes.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType, n.subType);
CREATE INDEX place_type IF NOT EXISTS FOR (n:Place) ON (n.placeType);
CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.orgType);
CREATE INDEX claim_kind IF NOT EXISTS FOR (n:Claim) ON (n.kind);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric, n.scope);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedDate);
