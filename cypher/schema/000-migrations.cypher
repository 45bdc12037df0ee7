// Applied first, and before the schema lock is taken: the lock is the (:Migration {id: 'schema'}) node, and
// only a uniqueness constraint makes replicas that start together MERGE one lock node instead of one each.
// (Creating it IF NOT EXISTS concurrently, or while another replica holds the lock, neither fails nor waits.)
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;
