import { createHash } from 'node:crypto';
import neo4j, { type Session, type Transaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addEntity, closeTestDb, cypher, wipe } from '../support/test-db';
import { post, startTestApp, type TestApp } from '../support/http-app';

// Bounded work and fairness: a request that outlives REQUEST_TIMEOUT_MS answers 504 TIMEOUT and its Neo4j
// transaction is cancelled (not left running); each caller gets RATE_LIMIT_PER_MINUTE requests a minute,
// GraphQL and exports together, then 429 with Retry-After.

const entry = (name: string, role: string, key: string) =>
  `${name}:${role}:${createHash('sha256').update(key).digest('hex')}`;
const EDITOR_KEY = 'an-editor-key-for-the-limits-test';
const READER_KEY = 'a-reader-key-for-the-limits-test';
const TIMEOUT_MS = 1500;

/** Transactions Neo4j is running other than `except` (and the SHOW itself). */
async function otherTransactions(except: string): Promise<{ id: string; status: string }[]> {
  const rows = await cypher('SHOW TRANSACTIONS YIELD transactionId, status, currentQuery RETURN *');
  return rows
    .filter((r) => r.transactionId !== except && !String(r.currentQuery).startsWith('SHOW TRANSACTIONS'))
    .map((r) => ({ id: String(r.transactionId), status: String(r.status) }));
}

describe('REQUEST_TIMEOUT_MS', () => {
  let server: TestApp;
  let session: Session;
  let holder: Transaction;

  beforeAll(async () => {
    await wipe();
    await addEntity({ id: 'person:lock-test', kind: 'PERSON', name: 'Lock Test', aliases: [] });
    server = await startTestApp({
      REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
      AUTH_API_KEYS: entry('newsroom', 'editor', EDITOR_KEY),
    });
  });
  afterAll(async () => {
    await holder?.rollback().catch(() => {});
    await session?.close();
    await server?.stop();
    await closeTestDb();
  });

  it('answers 504 TIMEOUT on time and cancels the Neo4j transaction it was waiting in', async () => {
    // Another transaction holds the entity's write lock, so khabar's update waits on it.
    const driver = neo4j.driver(inject('neo4jUri'));
    session = driver.session({ database: 'neo4j' });
    holder = session.beginTransaction();
    await holder.run("MATCH (n:Entity {id: 'person:lock-test'}) SET n.heldByTest = true");
    const [idle] = await cypher(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery = '' RETURN transactionId",
    );
    const holderId = String(idle!.transactionId);

    const started = Date.now();
    const res = await post(
      server.base,
      { query: 'mutation { updateEntity(id: "person:lock-test", input: { description: "late" }) { id } }' },
      { 'x-api-key': EDITOR_KEY },
    );
    const took = Date.now() - started;
    expect(res.status).toBe(504);
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'TIMEOUT', timeoutMs: TIMEOUT_MS });
    expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(took).toBeLessThan(TIMEOUT_MS + 1500);

    // khabar's transaction is gone while the lock holder's is still open: nothing waits for the lock any more.
    await expect.poll(() => otherTransactions(holderId), { timeout: 5000, interval: 100 }).toEqual([]);
    await holder.rollback();
    const [row] = await cypher("MATCH (n:Entity {id: 'person:lock-test'}) RETURN n.description AS description");
    expect(row!.description ?? null).toBeNull();
    await driver.close();

    // The server took no harm: the next request is answered at once.
    const next = await post(server.base, { query: '{ entity(id: "person:lock-test") { name } }' });
    expect(await next.json()).toEqual({ data: { entity: { name: 'Lock Test' } } });
  });
});

describe('RATE_LIMIT_PER_MINUTE', () => {
  let server: TestApp;
  const LIMIT = 5;

  beforeAll(async () => {
    server = await startTestApp({
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      AUTH_API_KEYS: entry('bi', 'reader', READER_KEY),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it('gives each caller its allowance across GraphQL and exports, then answers 429 with Retry-After', async () => {
    const graphql = () => post(server.base, { query: '{ __typename }' });
    const exported = () => fetch(`${server.base}/export/summary.json`);
    const statuses = [];
    for (const send of [graphql, exported, graphql, exported, graphql]) statuses.push((await send()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    for (const send of [graphql, exported]) {
      const res = await send();
      expect(res.status).toBe(429);
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(res.headers.get('ratelimit')).toMatch(/r=0/);
      const body = await res.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: LIMIT });
      expect(body.errors[0].message).toMatch(/rate limit/);
    }

    // A caller with a key has its own allowance, whatever address it shares.
    const keyed = await post(server.base, { query: '{ __typename }' }, { 'x-api-key': READER_KEY });
    expect(keyed.status).toBe(200);
    // Health and metrics are never limited: orchestrators must always be able to ask.
    expect((await fetch(`${server.base}/health/live`)).status).toBe(200);
    expect((await fetch(`${server.base}/metrics`)).status).toBe(200);
  });
});
