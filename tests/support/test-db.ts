import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { connect, type Database } from '../../src/db/database';
import { entityRow } from '../../src/engine/facts/fact.rows';
import type { EntityDraft } from '../../src/model/entity.model';
import { recordToPlain } from '../../src/db/convert';

let db: Database | undefined;
let schemaApplied = false;

/** The run's real Neo4j (started by global-setup), with the graph schema applied. */
export async function testDb(): Promise<Database> {
  // Checked mode: every row a query returns must match its cypher/ header, or the test fails.
  db ??= await connect(inject('neo4jUri'), { user: 'neo4j', password: '' }, 'neo4j', { checkRows: true });
  if (!schemaApplied) {
    await db.applySchema();
    schemaApplied = true;
  }
  return db;
}

/** Raw Cypher for test fixtures and assertions only; the app itself runs files from cypher/. */
export async function cypher(text: string, params: Record<string, unknown> = {}) {
  const d = await testDb();
  const res = await d.driver.executeQuery(text, params, { database: d.database, routing: neo4j.routing.WRITE });
  return res.records.map(recordToPlain);
}

export async function wipe(): Promise<void> {
  const d = await testDb();
  // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = d.driver.session({ database: d.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

/** Nodes and relationships of knowledge: name keys, their NAMES links and idempotency keys are bookkeeping. */
export async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await cypher(
    `CALL () { MATCH (n) WHERE NOT n:NameKey AND NOT n:Migration AND NOT n:Redirect AND NOT n:IdempotencyKey
       RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() WHERE NOT r:NAMES AND NOT r:MERGED_INTO RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
  );
  return { nodes: row!.nodes as number, relationships: row!.relationships as number };
}

export async function closeTestDb(): Promise<void> {
  await db?.close();
  db = undefined;
  schemaApplied = false;
}

/** Stores an entity the way the engine writes one (labels, name keys, sort keys), with no source. */
export async function addEntity(draft: EntityDraft): Promise<void> {
  const d = await testDb();
  await d.write('create-entity', {
    row: entityRow(draft),
    articleId: null,
    source: null,
    now: new Date().toISOString(),
    by: 'test',
  });
}
