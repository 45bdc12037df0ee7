import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDb, wipe } from '../support/test-db';
import { futureBookmark } from '../support/bookmarks';
import { post, startTestApp, type TestApp } from '../support/http-app';

// Read-your-writes on the one embedded Neo4j: a write answers with its bookmark (header and
// extensions.bookmark); a read that sends it back is answered once Neo4j has that write, which here is at
// once; a bookmark of a transaction Neo4j has not reached (forged: the real one with its transaction id
// raised) makes the read wait NEO4J_BOOKMARK_WAIT_MS and then fail as SERVICE_UNAVAILABLE, without Neo4j
// being taken for down. On a cluster the same wait is what a lagging follower costs (not run here).

const EDITOR_KEY = 'an-editor-key-for-the-bookmark-test';
const WAIT_MS = 1500;
let server: TestApp;

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
const READ = `query($id: ID!) { entity(id: $id) { id name } }`;

beforeAll(async () => {
  await wipe();
  server = await startTestApp({
    AUTH_API_KEYS: `desk:editor:${createHash('sha256').update(EDITOR_KEY).digest('hex')}`,
    RATE_LIMIT_PER_MINUTE: '0',
    NEO4J_BOOKMARK_WAIT_MS: String(WAIT_MS),
  });
});
afterAll(async () => {
  await server?.stop();
  await closeTestDb();
});

async function create(name: string) {
  const res = await post(
    server.base,
    { query: CREATE, variables: { input: { kind: 'PERSON', name } } },
    { 'x-api-key': EDITOR_KEY },
  );
  const body = (await res.json()) as { data: { createEntity: { id: string } }; extensions?: { bookmark?: string } };
  return { res, body, header: res.headers.get('khabar-bookmark') };
}

async function read(id: string, bookmark?: string) {
  const res = await post(
    server.base,
    { query: READ, variables: { id } },
    bookmark ? { 'khabar-bookmark': bookmark } : {},
  );
  return {
    res,
    body: (await res.json()) as { data?: any; errors?: { message: string; extensions: any }[]; extensions?: unknown },
  };
}

describe('bookmarks over HTTP', () => {
  it('a write answers with its bookmark in the header and in extensions.bookmark; a read does not', async () => {
    const { res, body, header } = await create('Bookmark Person One');
    expect(res.status).toBe(200);
    expect(header).toMatch(/^FB:[A-Za-z0-9+/=]+$/);
    expect(body.extensions?.bookmark).toBe(header);
    const plain = await read(body.data.createEntity.id);
    expect(plain.res.headers.get('khabar-bookmark')).toBeNull();
    expect(plain.body.extensions).toBeUndefined();
  });

  it('a read carrying a real bookmark is answered, with the write in it', async () => {
    const { body, header } = await create('Bookmark Person Two');
    const r = await read(body.data.createEntity.id, header!);
    expect(r.res.status).toBe(200);
    expect(r.body.data.entity).toEqual({ id: body.data.createEntity.id, name: 'Bookmark Person Two' });
  });

  it('a read with a bookmark from the future waits, then fails as SERVICE_UNAVAILABLE; Neo4j stays up', async () => {
    const { body, header } = await create('Bookmark Person Three');
    const forged = futureBookmark(header!);
    expect(forged).not.toBe(header);
    const started = Date.now();
    const r = await read(body.data.createEntity.id, forged);
    const tookMs = Date.now() - started;
    console.log(`[read-your-writes] a future bookmark: ${r.res.status} after ${tookMs} ms (wait setting ${WAIT_MS})`);
    expect(r.res.status).toBe(503);
    expect(r.res.headers.get('retry-after')).toBe('5');
    expect(r.body.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'BOOKMARK_NOT_REACHED' });
    expect(r.body.errors![0]!.message).toMatch(/not caught up/);
    // Not an outage: the next request without the bookmark is answered, and readiness holds.
    expect((await read(body.data.createEntity.id)).body.data.entity.name).toBe('Bookmark Person Three');
    expect((await fetch(`${server.base}/health/ready`)).status).toBe(200);
  });

  it('a malformed bookmark is the client’s mistake (400 BAD_USER_INPUT), whoever spots it', async () => {
    const { body } = await create('Bookmark Person Four');
    const id = body.data.createEntity.id;
    for (const bookmark of ['not a bookmark!', 'FB:bm90LWEtYm9va21hcms=']) {
      const r = await read(id, bookmark);
      expect(r.res.status, bookmark).toBe(400);
      expect(r.body.errors![0]!.extensions.code, bookmark).toBe('BAD_USER_INPUT');
    }
  });
});
