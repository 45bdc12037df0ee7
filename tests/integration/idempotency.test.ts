import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IdempotencyStore } from '../../src/engine/write/idempotency.store';
import { addEntity, closeTestDb, counts, cypher, wipe } from '../support/test-db';
import { post, startTestApp, type TestApp } from '../support/http-app';

// Safe retries over real HTTP against the real Neo4j: a mutation sent with an Idempotency-Key runs once per
// key, whichever of two app instances the retries reach and however many arrive at once.

const EDITOR_KEY = 'an-editor-key-for-the-idempotency-test';
const OTHER_EDITOR_KEY = 'another-editor-key-for-the-idempotency-test';
const entry = (name: string, role: string, key: string) =>
  `${name}:${role}:${createHash('sha256').update(key).digest('hex')}`;
const ENV = {
  AUTH_API_KEYS: `${entry('desk', 'editor', EDITOR_KEY)},${entry('night-desk', 'editor', OTHER_EDITOR_KEY)}`,
  RATE_LIMIT_PER_MINUTE: '0',
};

let a: TestApp;
let b: TestApp;

interface Answer {
  status: number;
  replayed: string | null;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function send(
  app: TestApp,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string>,
): Promise<Answer> {
  const res = await post(app.base, body, { 'x-api-key': EDITOR_KEY, ...headers });
  return {
    status: res.status,
    replayed: res.headers.get('idempotent-replayed'),
    ...((await res.json()) as Omit<Answer, 'status' | 'replayed'>),
  };
}

const UPDATE = `mutation($id: ID!, $input: UpdateEntityInput!) {
  updateEntity(id: $id, input: $input) { id aliases version } }`;
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id name version } }`;

async function version(id: string): Promise<number | undefined> {
  const [row] = await cypher('MATCH (n:Entity {id: $id}) RETURN n.version AS version', { id });
  return row?.version as number | undefined;
}

beforeAll(async () => {
  await wipe();
  [a, b] = await Promise.all([startTestApp(ENV), startTestApp(ENV)]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await closeTestDb();
});

describe('Idempotency-Key', () => {
  it('answers a retry after success with the first answer, writing nothing', async () => {
    const create = { query: CREATE, variables: { input: { kind: 'PERSON', name: 'Retry Person' } } };
    const first = await send(a, create, { 'idempotency-key': 'create-retry-person' });
    expect(first.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    const before = await counts();

    const retry = await send(a, create, { 'idempotency-key': 'create-retry-person' });
    expect(retry).toEqual({ ...first, replayed: 'true' });
    expect(await counts()).toEqual(before);

    // Without the key the same mutation is a new request, refused as a duplicate name.
    const again = await send(a, create, {});
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('runs 10 concurrent requests with one key once, and gives all of them that one answer', async () => {
    await addEntity({ id: 'person:idem-target', kind: 'PERSON', name: 'Idem Target', aliases: [] });
    const update = { query: UPDATE, variables: { id: 'person:idem-target', input: { addAliases: ['Idem Alias'] } } };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => send(i % 2 ? b : a, update, { 'idempotency-key': 'idem-concurrent' })),
    );
    console.log(
      `[idempotency] 10 concurrent requests, one key: ${JSON.stringify({
        ok: answers.filter((x) => !x.errors).length,
        replayed: answers.filter((x) => x.replayed).length,
        versionAfter: await version('person:idem-target'),
      })}`,
    );
    // Created at 1; each write adds one.
    expect(await version('person:idem-target')).toBe(2);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        updateEntity: { id: 'person:idem-target', aliases: ['Idem Alias'], version: 2 },
      });
    }
    expect(answers.filter((x) => x.replayed === 'true')).toHaveLength(9);
  });

  it('holds across two app instances: a retry that reaches the other one writes nothing', async () => {
    await addEntity({ id: 'person:idem-two-apps', kind: 'PERSON', name: 'Two Apps', aliases: [] });
    const update = { query: UPDATE, variables: { id: 'person:idem-two-apps', input: { addAliases: ['On A'] } } };
    const first = await send(a, update, { 'idempotency-key': 'two-apps' });
    const retry = await send(b, update, { 'idempotency-key': 'two-apps' });
    expect(first.data.updateEntity.version).toBe(2);
    expect(retry).toEqual({ ...first, replayed: 'true' });
    expect(await version('person:idem-two-apps')).toBe(2);
  });

  it('refuses the same key with a different input, naming the key, and writes nothing', async () => {
    await addEntity({ id: 'person:idem-reuse', kind: 'PERSON', name: 'Key Reuse', aliases: [] });
    const update = (alias: string) => ({
      query: UPDATE,
      variables: { id: 'person:idem-reuse', input: { addAliases: [alias] } },
    });
    expect((await send(a, update('First'), { 'idempotency-key': 'reused-key' })).errors).toBeUndefined();
    const reused = await send(b, update('Second'), { 'idempotency-key': 'reused-key' });
    expect(reused.status).toBe(422);
    expect(reused.errors).toEqual([
      {
        message: "Idempotency-Key 'reused-key' was used for a different request; use a new key for a new request",
        extensions: { code: 'CONFLICT', idempotencyKey: 'reused-key' },
      },
    ]);
    expect(reused.data).toBeUndefined();
    const [row] = await cypher("MATCH (n:Entity {id: 'person:idem-reuse'}) RETURN n.aliases AS aliases");
    expect(row!.aliases).toEqual(['First']);
    expect(await version('person:idem-reuse')).toBe(2);
  });

  it("keeps each caller's keys apart: another editor's same key is another key", async () => {
    await addEntity({ id: 'person:idem-callers', kind: 'PERSON', name: 'Two Callers', aliases: [] });
    const update = { query: UPDATE, variables: { id: 'person:idem-callers', input: { addAliases: ['Both'] } } };
    const mine = await send(a, update, { 'idempotency-key': 'shared-name' });
    const theirs = await send(a, update, { 'idempotency-key': 'shared-name', 'x-api-key': OTHER_EDITOR_KEY });
    expect(mine.data.updateEntity.version).toBe(2);
    expect(theirs.replayed).toBeNull();
    expect(theirs.data.updateEntity.version).toBe(3);
  });

  it('replays a refusal too: the first answer is the answer, whatever it was', async () => {
    const update = { query: UPDATE, variables: { id: 'person:idem-missing', input: { addAliases: ['X'] } } };
    const first = await send(a, update, { 'idempotency-key': 'missing-entity' });
    expect(first.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await addEntity({ id: 'person:idem-missing', kind: 'PERSON', name: 'Late Arrival', aliases: [] });
    const retry = await send(a, update, { 'idempotency-key': 'missing-entity' });
    expect(retry).toEqual({ ...first, replayed: 'true' });
    expect(await version('person:idem-missing')).toBe(1);
  });

  it('refuses a malformed key with 400 BAD_USER_INPUT, and ignores the header on queries', async () => {
    const update = { query: UPDATE, variables: { id: 'person:idem-target', input: { addAliases: ['Nope'] } } };
    for (const key of ['', 'x'.repeat(201), 'two words']) {
      const res = await post(a.base, update, { 'x-api-key': EDITOR_KEY, 'idempotency-key': key });
      const body = (await res.json()) as Answer;
      expect(res.status, key).toBe(400);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    }
    const query = await send(a, { query: '{ entity(id: "person:idem-target") { id } }' }, { 'idempotency-key': '' });
    expect(query.errors).toBeUndefined();
    expect(await version('person:idem-target')).toBe(2);
  });

  it('forgets keys after IDEMPOTENCY_TTL_HOURS: an expired key runs again, and the cleanup deletes it', async () => {
    await addEntity({ id: 'person:idem-expiry', kind: 'PERSON', name: 'Expiry', aliases: [] });
    const update = { query: UPDATE, variables: { id: 'person:idem-expiry', input: { addAliases: ['Late'] } } };
    expect((await send(a, update, { 'idempotency-key': 'expiring' })).data.updateEntity.version).toBe(2);
    const expire = () =>
      cypher(
        "MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH '\nexpiring' SET k.expiresAt = datetime() - duration('PT1S')",
      );
    await expire();
    const afterExpiry = await send(a, update, { 'idempotency-key': 'expiring' });
    expect(afterExpiry.replayed).toBeNull();
    expect(afterExpiry.data.updateEntity.version).toBe(3);

    await expire();
    expect(await new IdempotencyStore(a.app.db).deleteExpired()).toBeGreaterThanOrEqual(1);
    const [row] = await cypher("MATCH (k:IdempotencyKey) WHERE k.key ENDS WITH '\nexpiring' RETURN count(k) AS n");
    expect(row!.n).toBe(0);
  });
});
