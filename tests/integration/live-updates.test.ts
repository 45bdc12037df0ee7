import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startApp, type StartedApp } from '../../src/app';
import { LiveUpdates } from '../../src/api/live.updates';
import { formatApiKeyEntry } from '../../src/auth/api-key.store';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { InProcessLiveFeed, type LiveTopic } from '../../src/model/live.feed';
import { ReachRepository } from '../../src/read/live/reach.repository';
import { closeTestDb, cypher, testDb, wipe } from '../support/test-db';

// Subscriptions over graphql-ws against the real server and Neo4j: mutations over HTTP, events over
// WebSocket. To tell that a filtered-out event did not come, each scenario ends with a "fence": a last write
// every subscription of the scenario accepts. Events of one subscription arrive in order, so once the fence
// is in, anything that was going to arrive before it has.

const KEYS = { editor: 'editor-key-0123456789abcdefghijkl', reader: 'reader-key-0123456789abcdefghijkl' };
const as = (who: keyof typeof KEYS) => ({ 'x-api-key': KEYS[who] });
const WAIT = 30_000;
const ARTICLE = 'article:2025-12-07-balochistan-security-toll';

let app: StartedApp;
let base: string;
const clients: Client[] = [];

function config(env: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: inject('neo4jUri'),
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_API_KEYS: [
      formatApiKeyEntry('editor', 'editor', KEYS.editor),
      formatApiKeyEntry('reader', 'reader', KEYS.reader),
    ].join(','),
    ...env,
  });
}

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

async function write(query: string, variables: Record<string, unknown> = {}) {
  const r = await post(query, variables, as('editor'));
  expect(r.errors).toBeUndefined();
  return r.data;
}

interface Subscribed {
  events: any[];
  errors: unknown[];
  closed: { code?: number; reason?: string } | null;
}

function client(server: StartedApp, connectionParams: Record<string, string> = {}): Client {
  const c = createClient({
    url: `ws://127.0.0.1:${server.server.port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
  clients.push(c);
  return c;
}

/** Subscribes and collects what arrives: data, errors, or the socket closing. */
function subscribe(c: Client, query: string, variables: Record<string, unknown> = {}): Subscribed {
  const s: Subscribed = { events: [], errors: [], closed: null };
  c.subscribe(
    { query, variables },
    {
      next: (r) => (r.errors ? s.errors.push(...r.errors) : s.events.push(r.data)),
      error: (e) => {
        if (Array.isArray(e)) return void s.errors.push(...(e as unknown[]));
        const close = e as { code?: number; reason?: string };
        if (typeof close.code === 'number') s.closed = { code: close.code, reason: close.reason };
        else s.errors.push(e);
      },
      complete: () => {},
    },
  );
  return s;
}

const feed = (server: StartedApp) => server.server.live as InProcessLiveFeed;

/** Waits until the server has registered this many subscribers of the topic (subscribing is asynchronous). */
const registered = (server: StartedApp, topic: LiveTopic, n: number) =>
  expect.poll(() => feed(server).subscribers(topic), { timeout: WAIT }).toBe(n);

const arrived = (s: Subscribed, n: number) => expect.poll(() => s.events.length, { timeout: WAIT }).toBe(n);

const CLAIM_ADDED = `subscription($placeId: ID, $entityId: ID) { claimAdded(placeId: $placeId, entityId: $entityId) {
  claimId claim { id text } } }`;
const ENTITY_CHANGED = `subscription($id: ID) { entityChanged(id: $id) { entityId change mergedIntoId hard
  entity { id name ... on Person { aliases } } } }`;
const ARTICLE_INGESTED = `subscription($placeId: ID, $entityId: ID) { articleIngested(placeId: $placeId,
  entityId: $entityId) { articleId articleCreated revision article { id title } } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { id version } }`;

const kabul = {
  id: 'place:kabul',
  kind: 'PLACE',
  placeType: 'CITY',
  name: 'Kabul',
  aliases: [],
  source: { evidence: 'Kabul' },
};

function claim(text: string, aboutIds: string[], actorId = 'person:sarfraz-bugti') {
  return {
    input: {
      kind: 'STATEMENT',
      text,
      date: '2025-12-07',
      stances: [{ actorId, stance: 'ASSERTS' }],
      aboutIds,
      source: { articleId: ARTICLE, evidence: 'Bugti' },
    },
  };
}

beforeAll(async () => {
  await wipe();
  app = await startApp(config(), createLogger('silent'));
  base = `http://127.0.0.1:${app.server.port}`;
});
afterEach(async () => {
  for (const c of clients.splice(0)) await c.dispose();
  for (const topic of ['articleIngested', 'claimAdded', 'entityChanged'] as const) await registered(app, topic, 0);
});
afterAll(async () => {
  await app?.stop();
  await closeTestDb();
});

describe('claimAdded', () => {
  it('sends claims within a place (at any depth) or about an entity, and nothing else', async () => {
    const c = client(app);
    const inBalochistan = subscribe(c, CLAIM_ADDED, { placeId: 'place:balochistan' });
    const inPakistan = subscribe(c, CLAIM_ADDED, { placeId: 'place:pakistan' });
    const aboutTtp = subscribe(c, CLAIM_ADDED, { entityId: 'org:ttp' });
    const both = subscribe(c, CLAIM_ADDED, { placeId: 'place:balochistan', entityId: 'org:ttp' });
    const all = subscribe(c, CLAIM_ADDED);
    await registered(app, 'claimAdded', 5);

    // Kalat district lies within Balochistan, which lies within Pakistan.
    const kalat = (await write(ADD_CLAIM, claim('Live test: calm in Kalat.', ['place:kalat-district']))).addClaim.id;
    const kabul = (await write(ADD_CLAIM, claim('Live test: talks in Kabul.', ['place:kabul']))).addClaim.id;
    const ttpKp = (await write(ADD_CLAIM, claim('Live test: TTP in KP.', ['org:ttp', 'place:khyber-pakhtunkhwa'])))
      .addClaim.id;
    const fence = (await write(ADD_CLAIM, claim('Live test: TTP in Kalat.', ['org:ttp', 'place:kalat-district'])))
      .addClaim.id;

    const ids = (s: Subscribed) => s.events.map((e) => e.claimAdded.claimId);
    await arrived(inBalochistan, 2);
    await arrived(inPakistan, 3);
    await arrived(aboutTtp, 2);
    await arrived(both, 1);
    await arrived(all, 4);
    expect(ids(inBalochistan)).toEqual([kalat, fence]);
    expect(ids(inPakistan)).toEqual([kalat, ttpKp, fence]);
    expect(ids(aboutTtp)).toEqual([ttpKp, fence]);
    expect(ids(both)).toEqual([fence]);
    expect(ids(all)).toEqual([kalat, kabul, ttpKp, fence]);
    // The claim is read as stored once committed.
    expect(all.events[0].claimAdded.claim).toEqual({ id: kalat, text: 'Live test: calm in Kalat.' });
    expect([inBalochistan, inPakistan, aboutTtp, both, all].flatMap((s) => s.errors)).toEqual([]);
  });
});

describe('entityChanged and articleIngested', () => {
  it('tells an entity update, the entities an ingest reported, and the article to place filters', async () => {
    const c = client(app);
    const bugti = subscribe(c, ENTITY_CHANGED, { id: 'person:sarfraz-bugti' });
    const asif = subscribe(c, ENTITY_CHANGED, { id: 'person:khawaja-muhammad-asif' });
    const balochistan = subscribe(c, ARTICLE_INGESTED, { placeId: 'place:balochistan' });
    const afghanistan = subscribe(c, ARTICLE_INGESTED, { placeId: 'place:afghanistan' });
    const newClaims = subscribe(c, CLAIM_ADDED, { placeId: 'place:balochistan' });
    await registered(app, 'entityChanged', 2);
    await registered(app, 'articleIngested', 2);
    await registered(app, 'claimAdded', 1);

    await write(UPDATE, { id: 'person:sarfraz-bugti', input: { addAliases: ['Live Test Alias'] } });
    const bundle = {
      formatVersion: 1,
      article: {
        id: 'article:live-test',
        title: 'Live test article',
        publishedDate: '2025-12-09',
        dateCertainty: 'STATED',
        url: 'https://example.org/live-test',
      },
      entities: [
        {
          id: 'person:sarfraz-bugti',
          kind: 'PERSON',
          name: 'Sarfraz Bugti',
          aliases: [],
          source: { evidence: 'Bugti' },
        },
        {
          id: 'place:kalat-district',
          kind: 'PLACE',
          placeType: 'DISTRICT',
          name: 'Kalat',
          aliases: [],
          source: { evidence: 'Kalat' },
        },
      ],
      claims: [
        {
          id: 'claim:live-test-kalat',
          kind: 'STATEMENT',
          text: 'Live test: Bugti says Kalat is calm.',
          date: '2025-12-09',
          stances: [{ actorId: 'person:sarfraz-bugti', stance: 'ASSERTS', source: { evidence: 'Bugti said' } }],
          aboutIds: ['place:kalat-district'],
          source: { evidence: 'Bugti said' },
        },
      ],
    };
    const ingested = await write(
      `mutation($bundle: JSONObject!) { ingestArticle(bundle: $bundle) { articleId articleCreated } }`,
      { bundle },
    );
    expect(ingested.ingestArticle).toEqual({ articleId: 'article:live-test', articleCreated: true });
    // Fences: the Afghanistan feed and Asif's entity feed each get one write of their own last.
    await write(UPDATE, { id: 'person:khawaja-muhammad-asif', input: { addAliases: ['Live Test Asif'] } });
    await write(`mutation($bundle: JSONObject!) { ingestArticle(bundle: $bundle) { articleId } }`, {
      bundle: {
        formatVersion: 1,
        article: {
          id: 'article:live-test-kabul',
          title: 'Live test Kabul',
          publishedDate: '2025-12-09',
          dateCertainty: 'STATED',
          url: 'https://example.org/live-test-kabul',
        },
        entities: [kabul],
      },
    });

    await arrived(bugti, 2);
    expect(bugti.events.map((e) => e.entityChanged.change)).toEqual(['UPDATED', 'REPORTED']);
    expect(bugti.events[0].entityChanged).toMatchObject({
      entityId: 'person:sarfraz-bugti',
      mergedIntoId: null,
      hard: false,
      entity: { id: 'person:sarfraz-bugti', aliases: expect.arrayContaining(['Live Test Alias']) },
    });
    await arrived(asif, 1);
    expect(asif.events[0].entityChanged.change).toBe('UPDATED');
    await arrived(balochistan, 1);
    expect(balochistan.events[0].articleIngested).toEqual({
      articleId: 'article:live-test',
      articleCreated: true,
      revision: null,
      article: { id: 'article:live-test', title: 'Live test article' },
    });
    await arrived(afghanistan, 1);
    expect(afghanistan.events[0].articleIngested.articleId).toBe('article:live-test-kabul');
    await arrived(newClaims, 1);
    expect(newClaims.events[0].claimAdded.claimId).toBe('claim:live-test-kalat');

    // Ingesting the same bundle again changes nothing, so it tells nothing; a later fence proves it.
    await write(`mutation($bundle: JSONObject!) { ingestArticle(bundle: $bundle) { articleId } }`, { bundle });
    await write(UPDATE, { id: 'person:sarfraz-bugti', input: { addAliases: ['Live Test Fence'] } });
    await arrived(bugti, 3);
    expect(bugti.events[2].entityChanged.change).toBe('UPDATED');
    expect(balochistan.events).toHaveLength(1);
  });

  it('tells a merge to both entities and a delete and restore', async () => {
    const c = client(app);
    const all = subscribe(c, ENTITY_CHANGED);
    await registered(app, 'entityChanged', 1);
    const a = (await write(`mutation { createEntity(input: {kind: PERSON, name: "Live Keep"}) { id } }`)).createEntity
      .id;
    const b = (await write(`mutation { createEntity(input: {kind: PERSON, name: "Live Gone"}) { id } }`)).createEntity
      .id;
    await write(`mutation($k: ID!, $m: ID!) { mergeEntities(keepId: $k, mergeId: $m) { moved } }`, { k: a, m: b });
    await write(`mutation($id: ID!) { deleteEntity(id: $id) { id } }`, { id: a });
    await write(`mutation($id: ID!) { restoreEntity(id: $id) { id } }`, { id: a });
    await arrived(all, 6);
    expect(
      all.events.map((e) => [e.entityChanged.entityId, e.entityChanged.change, e.entityChanged.mergedIntoId]),
    ).toEqual([
      [a, 'CREATED', null],
      [b, 'CREATED', null],
      [a, 'MERGED', null],
      [b, 'MERGED', a],
      [a, 'DELETED', null],
      [a, 'RESTORED', null],
    ]);
  });

  it('tells a correction of an event from a cited article', async () => {
    const c = client(app);
    const event = 'event:dera-bugti-operation-2025-12';
    const changes = subscribe(c, ENTITY_CHANGED, { id: event });
    await registered(app, 'entityChanged', 1);
    await write(
      `mutation($id: ID!, $input: EntityCorrectionInput!, $source: SourceRefInput!) {
        correctEntity(id: $id, input: $input, source: $source) { id } }`,
      {
        id: event,
        input: { status: 'CONCLUDED' },
        source: { articleId: 'article:2025-12-07-balochistan-security-toll', evidence: 'cited by the test' },
      },
    );
    await arrived(changes, 1);
    expect(changes.events[0].entityChanged).toMatchObject({ entityId: event, change: 'UPDATED' });
  });
});

describe('writes that do not commit', () => {
  it('a refused or failed mutation tells nothing', async () => {
    const c = client(app);
    const all = subscribe(c, ENTITY_CHANGED);
    const claims = subscribe(c, CLAIM_ADDED);
    await registered(app, 'entityChanged', 1);
    await registered(app, 'claimAdded', 1);

    const [row] = await cypher(`MATCH (p:Person {id: 'person:sarfraz-bugti'}) RETURN p.version AS version`);
    const version = Number(row!.version);
    const refused = [
      // A stale version: refused inside the transaction, after the entity's lock was taken.
      await post(
        `mutation { updateEntity(id: "person:sarfraz-bugti", input: {addAliases: ["Never"], expectedVersion: ${
          version - 1
        }}) { id } }`,
        {},
        as('editor'),
      ),
      // A duplicate name.
      await post(`mutation { createEntity(input: {kind: PERSON, name: "Sarfraz Bugti"}) { id } }`, {}, as('editor')),
      // A claim naming an entity that does not exist.
      await post(ADD_CLAIM, claim('Live test: never stored.', ['org:no-such-org']), as('editor')),
      // A reader may not write.
      await post(ADD_CLAIM, claim('Live test: reader.', ['place:kalat-district']), as('reader')),
    ];
    expect(refused.map((r) => r.errors?.[0]?.extensions?.code)).toEqual([
      'CONFLICT',
      'CONFLICT',
      'BAD_USER_INPUT',
      'FORBIDDEN',
    ]);
    const fenceClaim = (await write(ADD_CLAIM, claim('Live test: the fence.', ['place:kalat-district']))).addClaim.id;
    await arrived(claims, 1);
    expect(claims.events[0].claimAdded.claimId).toBe(fenceClaim);
    // The fence claim reports its entities: the one that asserts it and the place it is about, nothing before.
    await arrived(all, 2);
    expect(all.events.map((e) => [e.entityChanged.entityId, e.entityChanged.change]).sort()).toEqual([
      ['person:sarfraz-bugti', 'REPORTED'],
      ['place:kalat-district', 'REPORTED'],
    ]);
  });

  it('a dry-run ingest (rolled back) tells nothing', async () => {
    const live = new InProcessLiveFeed();
    const got: unknown[] = [];
    const listen = async (topic: LiveTopic) => {
      for await (const e of live.subscribe(topic, () => true)) got.push(e);
    };
    const listening = Promise.all([listen('articleIngested'), listen('claimAdded'), listen('entityChanged')]);
    const db = await testDb();
    const updates = new LiveUpdates(live, new ReachRepository(db), createLogger('silent'));
    const first = {
      formatVersion: 1,
      article: {
        id: 'article:live-dry-run',
        title: 'Live dry run',
        publishedDate: '2025-12-10',
        dateCertainty: 'STATED',
        url: 'https://example.org/live-dry-run',
      },
      entities: [kabul],
    };
    // A revision of the stored article: a dry run of it finds the article stored, so only the dry-run check
    // keeps it from being told (a dry run of a new article would find nothing to describe anyway).
    const revised = {
      ...first,
      entities: [
        kabul,
        {
          id: 'place:kalat-district',
          kind: 'PLACE',
          placeType: 'DISTRICT',
          name: 'Kalat',
          aliases: [],
          source: { evidence: 'Kalat' },
        },
      ],
    };
    const settle = () => new Promise((resolve) => setImmediate(resolve));
    await new IngestService(db).ingest(first);
    await settle();
    got.length = 0;

    let since = new Date();
    const dry = await new IngestService(db).ingest(revised, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, article: { created: false } });
    await updates.ingested(dry, since);
    await settle();
    const sourced = `MATCH (:Place {id: 'place:kalat-district'})-[:SOURCED_FROM]->
      (a:Article {id: 'article:live-dry-run'}) RETURN a`;
    expect(await cypher(sourced)).toEqual([]);
    expect(got).toEqual([]);
    // The same revision for real is told.
    since = new Date();
    await updates.ingested(await new IngestService(db).ingest(revised), since);
    await settle();
    expect(await cypher(sourced)).toHaveLength(1);
    expect(got).toHaveLength(3);
    expect(got).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ topic: 'articleIngested', articleId: 'article:live-dry-run', articleCreated: false }),
        ...['place:kabul', 'place:kalat-district'].map((entityId) =>
          expect.objectContaining({ topic: 'entityChanged', entityId, change: 'REPORTED' }),
        ),
      ]),
    );
    await live.close();
    await listening;
  });
});

describe('who may subscribe', () => {
  let closed: StartedApp;
  beforeAll(async () => {
    closed = await startApp(config({ AUTH_READS_REQUIRE_AUTH: 'true' }), createLogger('silent'));
  });
  afterAll(() => closed?.stop());

  it('refuses anonymous and unknown credentials where reads need one, and serves a reader key', async () => {
    const anonymous = subscribe(client(closed), CLAIM_ADDED);
    const unknown = subscribe(client(closed, { 'x-api-key': 'not-a-key-0123456789abcdefgh' }), CLAIM_ADDED);
    const reader = subscribe(client(closed, { authorization: `ApiKey ${KEYS.reader}` }), CLAIM_ADDED);
    await expect.poll(() => anonymous.closed, { timeout: WAIT }).not.toBeNull();
    await expect.poll(() => unknown.closed, { timeout: WAIT }).not.toBeNull();
    expect(anonymous.closed).toEqual({
      code: 4403,
      reason: expect.stringMatching(/^UNAUTHENTICATED: authentication required/),
    });
    expect(unknown.closed).toEqual({ code: 4403, reason: 'UNAUTHENTICATED: unknown API key' });
    await registered(closed, 'claimAdded', 1);
    const r = await fetch(`http://127.0.0.1:${closed.server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('editor') },
      body: JSON.stringify({ query: ADD_CLAIM, variables: claim('Live test: for readers.', ['place:kabul']) }),
    });
    expect(((await r.json()) as { errors?: unknown }).errors).toBeUndefined();
    await arrived(reader, 1);
  });

  it('refuses a filter naming no entity, or a place filter naming something else', async () => {
    const c = client(app);
    const unknown = subscribe(c, CLAIM_ADDED, { placeId: 'place:atlantis' });
    const notPlace = subscribe(c, ARTICLE_INGESTED, { placeId: 'org:ttp' });
    const unknownEntity = subscribe(c, ENTITY_CHANGED, { id: 'person:nobody-at-all' });
    await expect
      .poll(() => [unknown, notPlace, unknownEntity].map((s) => s.errors.length), { timeout: WAIT })
      .toEqual([1, 1, 1]);
    expect(unknown.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(notPlace.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'placeId' } });
    expect(unknownEntity.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('serves only subscriptions over WebSocket: queries and mutations go to HTTP', async () => {
    const s = subscribe(client(app), `mutation { createEntity(input: {kind: PERSON, name: "Live Via WS"}) { id } }`);
    await expect.poll(() => s.errors.length, { timeout: WAIT }).toBe(1);
    expect(s.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: /only subscriptions/ });
    expect(await cypher(`MATCH (p:Person {name: 'Live Via WS'}) RETURN p`)).toEqual([]);
  });
});
