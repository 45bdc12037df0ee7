// Uniqueness constraints (Community Edition supports these; they also create range indexes on id).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
