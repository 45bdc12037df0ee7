// Uniqueness constraints (Community Edition supports these; each also creates a range index on id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (n:Figure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT office_id IF NOT EXISTS FOR (n:Office) REQUIRE n.id IS UNIQUE;
// One article per URL and per text: a second copy of an article under another id is the same article.
// (Stores from before this constraint had a plain index on contentHash, which blocks it.)
DROP INDEX article_hash IF EXISTS;
CREATE CONSTRAINT article_url IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT article_content_hash IF NOT EXISTS FOR (n:Article) REQUIRE n.contentHash IS UNIQUE;
// Name keys: (:NameKey {id: 'KIND|normalised name'})-[:NAMES]->(entity), the index entity resolution
// and mention linking read (one seek per key). An ingest also takes a key's write lock before it
// resolves a new entity by that name, so two articles creating the same entity resolve in turn.
CREATE CONSTRAINT name_key_id IF NOT EXISTS FOR (n:NameKey) REQUIRE n.id IS UNIQUE;
// Stores from before name keys had short-lived lock nodes instead.
DROP CONSTRAINT name_lock_key IF EXISTS;
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
// Unnamed sources ("informed diplomatic sources") of an article: one node per description per article.
CREATE CONSTRAINT anonymous_source_id IF NOT EXISTS FOR (n:AnonymousSource) REQUIRE n.id IS UNIQUE;
// Idempotency keys of mutations (Idempotency-Key header): one node per caller and key, holding the first
// response; the constraint's lock is what makes a concurrent retry wait for the first attempt.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE;
