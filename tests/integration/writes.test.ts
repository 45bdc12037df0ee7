import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { formatApiKeyEntry } from '../../src/auth/api-key.store';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { addEntity, closeTestDb, counts, cypher, wipe } from '../support/test-db';

// Writes over real HTTP with real credentials against the real Neo4j, on the seeded graph.

const KEYS = {
  editor: 'editor-key-0123456789abcdefghijkl',
  admin: 'admin-key-0123456789abcdefghijklm',
  reader: 'reader-key-0123456789abcdefghijkl',
};
const SECRET = 'a-test-only-hs256-secret-of-at-least-32-bytes!';
const secret = new TextEncoder().encode(SECRET);

let app: StartedApp;
let base: string;

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}
const as = (who: keyof typeof KEYS) => ({ 'x-api-key': KEYS[who] });
const token = (role: string, opts: { exp?: string | number; key?: Uint8Array } = {}) =>
  new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('alice')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m')
    .sign(opts.key ?? secret);

const CREATE = `mutation($input: CreateEntityInput!, $source: SourceRefInput) { createEntity(input: $input, source:
  $source) { id name aliases kind } }`;
const INGEST = `mutation($bundle: JSONObject!, $text: String) { ingestArticle(bundle: $bundle, text: $text) {
  articleId articleCreated matchedBy created { group count } matched { bundleId id by }
  mentions { linked created candidates } } }`;

const FOLLOW_UP_TEXT =
  'QUETTA: Balochistan Chief Minister Sarfraz Bugti visited Kalat on Monday. Defence Minister Khawaja Asif said ' +
  'the TTP ' +
  'and the BLA remain the main threat. Pakistan and Afghanistan will meet again in Istanbul, officials said.';

function followUpBundle(id = 'article:test-follow-up', url = 'https://example.org/follow-up') {
  return {
    formatVersion: 1,
    article: { id, title: 'Test follow-up article', publishedDate: '2025-12-08', dateCertainty: 'STATED', url },
    entities: [
      // Spelled differently from the seed: must land on the existing nodes.
      {
        id: 'place:baluchistan',
        kind: 'PLACE',
        placeType: 'PROVINCE',
        name: 'Baluchistan',
        aliases: [],
        source: { evidence: 'Balochistan' },
      },
      {
        id: 'person:mir-sarfraz-bugti',
        kind: 'PERSON',
        name: 'Mir Sarfraz Bugti',
        aliases: [],
        source: { evidence: 'Sarfraz Bugti' },
      },
      {
        id: 'place:quetta',
        kind: 'PLACE',
        placeType: 'CITY',
        name: 'Quetta',
        aliases: [],
        source: { evidence: 'QUETTA' },
      },
    ],
    events: [
      {
        id: 'event:bugti-visits-kalat-2025-12-08',
        name: 'Bugti visits Kalat',
        eventType: 'COMMUNICATION',
        subType: 'STATEMENT',
        start: '2025-12-08',
        placeIds: ['place:kalat-district'],
        participants: [
          { actorId: 'person:mir-sarfraz-bugti', role: 'SPEAKER', source: { evidence: 'Sarfraz Bugti visited Kalat' } },
        ],
        source: { evidence: 'visited Kalat on Monday' },
      },
    ],
    relationships: [
      {
        type: 'WITHIN',
        from: 'place:quetta',
        to: 'place:baluchistan',
        source: { basis: 'GENERAL_KNOWLEDGE', note: 'Quetta is the capital of Balochistan' },
      },
    ],
  };
}

beforeAll(async () => {
  await wipe();
  const config = loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: inject('neo4jUri'),
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_API_KEYS: [
      formatApiKeyEntry('editor', 'editor', KEYS.editor),
      formatApiKeyEntry('admin', 'admin', KEYS.admin),
      formatApiKeyEntry('reader', 'reader', KEYS.reader),
    ].join(','),
    AUTH_JWT_HS256_SECRET: SECRET,
  });
  app = await startApp(config, createLogger('silent'));
  base = `http://127.0.0.1:${app.server.port}`;
});
afterAll(async () => {
  await app?.stop();
  await closeTestDb();
});

describe('who may write', () => {
  const write = { input: { kind: 'PERSON', name: 'Test Person Alpha' } };

  it('reads are open to anonymous callers', async () => {
    const r = await post(`{ entity(id: "person:sarfraz-bugti") { name } }`);
    expect(r.body).toEqual({ data: { entity: { name: 'Sarfraz Bugti' } } });
  });

  it.each([
    ['anonymous', {}, 401, 'UNAUTHENTICATED', /authentication required/],
    ['a reader API key', as('reader'), 403, 'FORBIDDEN', /role 'editor' required/],
    ['an unknown API key', { 'x-api-key': 'not-a-key-0123456789abcdefgh' }, 401, 'UNAUTHENTICATED', /unknown API key/],
    [
      'an unsupported scheme',
      { authorization: 'Basic dXNlcjpwYXNz' },
      401,
      'UNAUTHENTICATED',
      /unsupported Authorization scheme/,
    ],
  ])('refuses %s', async (_who, headers, status, code, message) => {
    const before = await counts();
    const r = await post(CREATE, write, headers as Record<string, string>);
    expect(r.status).toBe(status);
    expect(r.body.errors?.[0]).toMatchObject({ extensions: { code } });
    expect(r.body.errors?.[0].message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      'a wrong signature',
      async () => token('editor', { key: new TextEncoder().encode('another-secret-that-is-32-bytes-long!!') }),
      /signature/,
    ],
    ['an expired token', async () => token('editor', { exp: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
    [
      'alg none',
      async () => {
        const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const claims = { sub: 'alice', role: 'admin', exp: Math.floor(Date.now() / 1000) + 600 };
        return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
      },
      /none/,
    ],
    ['a reader token', async () => token('reader'), /role 'editor' required/],
  ])('refuses a JWT with %s', async (_what, make, message) => {
    const r = await post(CREATE, write, { authorization: `Bearer ${await make()}` });
    expect(r.body.errors?.[0].extensions.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    expect(r.body.errors?.[0].message).toMatch(message);
    expect(await cypher(`MATCH (p:Person {name: 'Test Person Alpha'}) RETURN p`)).toEqual([]);
  });

  it('lets an editor write with a JWT and records who and when', async () => {
    const r = await post(CREATE, write, { authorization: `Bearer ${await token('editor')}` });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.createEntity).toMatchObject({ id: 'person:test-person-alpha', kind: 'PERSON' });
    const [row] = await cypher(
      `MATCH (p:Person {id: 'person:test-person-alpha'}) RETURN p.createdBy AS by, p.createdAt AS at`,
    );
    expect(row!.by).toBe('jwt:alice');
    expect(Date.now() - Date.parse(String(row!.at))).toBeLessThan(10 * 60_000);
  });
});

describe('ingestArticle over GraphQL', () => {
  it('ingests a new article, links its mentions to existing entities, and creates no duplicates', async () => {
    const before = await counts();
    const r = await post(INGEST, { bundle: followUpBundle(), text: FOLLOW_UP_TEXT }, as('editor'));
    expect(r.body.errors).toBeUndefined();
    const res = r.body.data.ingestArticle;
    expect(res.articleCreated).toBe(true);
    expect(res.matched).toEqual(
      expect.arrayContaining([
        { bundleId: 'place:baluchistan', id: 'place:balochistan', by: 'name' },
        { bundleId: 'person:mir-sarfraz-bugti', id: 'person:sarfraz-bugti', by: 'name' },
      ]),
    );
    // New: the article, Quetta and the event. Nothing else.
    const after = await counts();
    expect(after.nodes - before.nodes).toBe(3);
    const mentioned = await cypher(
      `MATCH (:Article {id: 'article:test-follow-up'})-[m:MENTIONS]->(e) RETURN DISTINCT e.id AS id ORDER BY id`,
    );
    expect(mentioned.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'org:balochistan-liberation-army',
        'org:ttp',
        'person:khawaja-muhammad-asif',
        'person:sarfraz-bugti',
        'place:afghanistan',
        'place:balochistan',
        'place:istanbul',
        'place:kalat-district',
        'place:pakistan',
        'place:quetta',
      ]),
    );
    const [m] = await cypher(
      `MATCH (:Article {id: 'article:test-follow-up'})-[m:MENTIONS]->(:Person {id: 'person:khawaja-muhammad-asif'})
        RETURN m.surface AS surface, m.start AS start, m.by AS by`,
    );
    expect(m).toEqual({ surface: 'Khawaja Asif', start: FOLLOW_UP_TEXT.indexOf('Khawaja Asif'), by: 'key:editor' });
    expect(res.mentions.candidates.some((c: string) => c.endsWith('Chief Minister'))).toBe(true);
  });

  it('is idempotent: the same article again changes no count', async () => {
    const before = await counts();
    const r = await post(INGEST, { bundle: followUpBundle(), text: FOLLOW_UP_TEXT }, as('editor'));
    expect(r.body.data.ingestArticle.articleCreated).toBe(false);
    expect(r.body.data.ingestArticle.created.every((c: any) => c.count === 0)).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('recognises the same article under another id by URL, and by the hash of its text', async () => {
    const before = await counts();
    const byUrl = await post(
      INGEST,
      { bundle: followUpBundle('article:test-follow-up-copy', 'https://example.org/follow-up') },
      as('editor'),
    );
    expect(byUrl.body.data.ingestArticle).toMatchObject({
      articleId: 'article:test-follow-up',
      matchedBy: 'url',
      articleCreated: false,
    });
    const byText = await post(
      INGEST,
      { bundle: followUpBundle('article:test-follow-up-2', 'https://example.org/other-url'), text: FOLLOW_UP_TEXT },
      as('editor'),
    );
    expect(byText.body.data.ingestArticle).toMatchObject({
      articleId: 'article:test-follow-up',
      matchedBy: 'contentHash',
    });
    expect(await counts()).toEqual(before);
  });

  it('two concurrent ingests of one new article store it once', async () => {
    const bundle = {
      ...followUpBundle('article:test-concurrent', 'https://example.org/concurrent'),
      entities: [
        {
          id: 'place:test-town',
          kind: 'PLACE',
          placeType: 'CITY',
          name: 'Test Town',
          aliases: [],
          source: { evidence: 'x' },
        },
      ],
      events: [],
      relationships: [{ type: 'WITHIN', from: 'place:test-town', to: 'place:balochistan', source: { evidence: 'x' } }],
    };
    const before = await counts();
    const [a, b] = await Promise.all([post(INGEST, { bundle }, as('editor')), post(INGEST, { bundle }, as('admin'))]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect([a.body.data.ingestArticle.articleCreated, b.body.data.ingestArticle.articleCreated].sort()).toEqual([
      false,
      true,
    ]);
    const after = await counts();
    expect(after.nodes - before.nodes).toBe(2); // the article and Test Town
    expect(after.relationships - before.relationships).toBe(2); // WITHIN and SOURCED_FROM
  });

  it('two concurrent ingests under different ids but one URL store one article', async () => {
    const one = {
      ...followUpBundle('article:test-race-a', 'https://example.org/race'),
      entities: [],
      events: [],
      relationships: [],
    };
    const two = { ...one, article: { ...one.article, id: 'article:test-race-b' } };
    const [a, b] = await Promise.all([
      post(INGEST, { bundle: one }, as('editor')),
      post(INGEST, { bundle: two }, as('editor')),
    ]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    expect(await cypher(`MATCH (a:Article {url: 'https://example.org/race'}) RETURN a.id AS id`)).toHaveLength(1);
  });

  it('two articles creating the same new entity at the same moment under different ids make one node', async () => {
    const make = (n: string) => ({
      formatVersion: 1,
      article: {
        id: `article:test-newtown-${n}`,
        title: `Test Newtown ${n}`,
        publishedDate: '2025-12-09',
        dateCertainty: 'STATED',
        url: `https://example.org/newtown-${n}`,
      },
      entities: [
        {
          id: `place:test-newtown-${n}`,
          kind: 'PLACE',
          placeType: 'CITY',
          name: 'Test Newtown',
          aliases: [`Newtown ${n}`],
          source: { evidence: 'x' },
        },
      ],
    });
    const [a, b] = await Promise.all([
      post(INGEST, { bundle: make('a') }, as('editor')),
      post(INGEST, { bundle: make('b') }, as('admin')),
    ]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    const towns = await cypher(`MATCH (p:Place {name: 'Test Newtown'}) RETURN p.id AS id, p.aliases AS aliases`);
    expect(towns).toHaveLength(1);
    expect([...(towns[0]!.aliases as string[])].sort()).toEqual(['Newtown a', 'Newtown b']);
    const sources = await cypher(
      `MATCH (:Place {name: 'Test Newtown'})-[:SOURCED_FROM]->(a:Article) RETURN count(a) AS n`,
    );
    expect(sources).toEqual([{ n: 2 }]);
    // The shared name's key names the one node; no key is left pointing nowhere.
    const keys = await cypher(`MATCH (k:NameKey {id: 'PLACE|test newtown'})-[:NAMES]->(p) RETURN p.id AS id`);
    expect(keys).toEqual([{ id: towns[0]!.id }]);
    expect(await cypher(`MATCH (k:NameKey) WHERE NOT (k)-[:NAMES]->() RETURN k.id AS id`)).toEqual([]);
  });

  it('refuses a bundle with one invalid fact in the middle, naming it, and stores nothing', async () => {
    const bad = followUpBundle('article:test-bad', 'https://example.org/bad');
    bad.entities.splice(1, 0, {
      id: 'place:nowhere',
      kind: 'PLACE',
      placeType: 'PLANET',
      name: 'Nowhere',
      aliases: [],
      source: { evidence: 'x' },
    } as never);
    const before = await counts();
    const r = await post(INGEST, { bundle: bad }, as('editor'));
    expect(r.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'bundle.entities[1] (place:nowhere).placeType' },
    });
    expect(await counts()).toEqual(before);
  });
});

describe('entity and fact mutations', () => {
  const SRC = {
    articleId: 'article:2025-12-07-balochistan-security-toll',
    evidence: 'Chief Minister Sarfraz Bugti said on Sunday',
  };

  it('createEntity refuses a duplicate by alias and names a missing required field', async () => {
    const dup = await post(
      CREATE,
      { input: { kind: 'ORGANIZATION', name: 'BLA', orgType: 'MILITANT_GROUP' } },
      as('editor'),
    );
    expect(dup.body.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', existingIds: ['org:balochistan-liberation-army'] },
    });
    const missing = await post(
      CREATE,
      { input: { kind: 'ORGANIZATION', name: 'Test Org Without Type' } },
      as('editor'),
    );
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.orgType' } });
    const badArticle = await post(
      CREATE,
      { input: { kind: 'PERSON', name: 'Test Person Beta' }, source: { articleId: 'article:nope', evidence: 'x' } },
      as('editor'),
    );
    expect(badArticle.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'source.articleId' },
    });
  });

  it('updateEntity adds aliases, keeps the old name as an alias, and records the editor', async () => {
    const r = await post(
      `mutation { updateEntity(id: "person:test-person-alpha", input: { name: "Test Person Alpha Khan", addAliases:
        ["TPA"] }) { name aliases } }`,
      {},
      as('editor'),
    );
    expect(r.body.data.updateEntity.name).toBe('Test Person Alpha Khan');
    expect([...r.body.data.updateEntity.aliases].sort()).toEqual(['TPA', 'Test Person Alpha']);
    const [row] = await cypher(`MATCH (p:Person {id: 'person:test-person-alpha'}) RETURN p.updatedBy AS by`);
    expect(row!.by).toBe('key:editor');
    const search = await post(`{ search(text: "TPA", first: 1) { edges { node { id } } } }`);
    expect(search.body.data.search.edges[0].node.id).toBe('person:test-person-alpha');
    const wrongKind = await post(
      `mutation { updateEntity(id: "person:test-person-alpha", input: { orgType: MEDIA }) { name } }`,
      {},
      as('editor'),
    );
    expect(wrongKind.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.orgType' },
    });
  });

  it('addRelationship and removeRelationship keep provenance', async () => {
    const add = await post(
      `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { created { group count } } }`,
      {
        input: {
          type: 'MEMBER_OF',
          fromId: 'person:test-person-alpha',
          toId: 'org:government-of-balochistan',
          source: SRC,
        },
      },
      as('editor'),
    );
    expect(add.body.errors).toBeUndefined();
    const [rel] = await cypher(
      `MATCH (:Person {id: 'person:test-person-alpha'})-[r:MEMBER_OF]->(:Organization {id:
        'org:government-of-balochistan'}) RETURN r.sources AS s, r.provenance AS p`,
    );
    expect(rel!.s).toEqual([SRC.articleId]);
    expect(JSON.parse((rel!.p as string[])[0]!)).toMatchObject({
      article: SRC.articleId,
      evidence: SRC.evidence,
      by: 'key:editor',
    });

    const noRole = await post(
      `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { articleId } }`,
      {
        input: {
          type: 'PARTICIPATED_IN',
          fromId: 'person:test-person-alpha',
          toId: 'event:kalat-operation-2025-12-06',
          source: SRC,
        },
      },
      as('editor'),
    );
    expect(noRole.body.errors?.[0]).toMatchObject({ extensions: { field: 'input.role' } });
    const wrongKinds = await post(
      `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { articleId } }`,
      { input: { type: 'WITHIN', fromId: 'person:test-person-alpha', toId: 'place:balochistan', source: SRC } },
      as('editor'),
    );
    expect(wrongKinds.body.errors?.[0].message).toMatch(/is a PERSON, expected PLACE/);

    const rm = await post(
      `mutation { removeRelationship(type: MEMBER_OF, fromId: "person:test-person-alpha", toId:
        "org:government-of-balochistan") }`,
      {},
      as('editor'),
    );
    expect(rm.body.data.removeRelationship).toBe(true);
    const [record] = await cypher(
      `MATCH (c:ChangeRecord {action: 'REMOVE_RELATIONSHIP', from: 'person:test-person-alpha'}) RETURN c.sources AS
        s, c.by AS by`,
    );
    expect(record).toEqual({ s: [SRC.articleId], by: 'key:editor' });
  });

  it('addClaim stores stances, a figure and the source', async () => {
    const r = await post(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { id kind assertedBy { actor { id } quote } figures
        { metric value place { id } } sources { article { id } evidence } } }`,
      {
        input: {
          kind: 'STATISTIC',
          text: 'Test claim: 900 militant attacks in Balochistan in 2025.',
          date: '2025-12-07',
          stances: [{ actorId: 'person:sarfraz-bugti', stance: 'ASSERTS', quote: 'test quote' }],
          aboutIds: ['place:balochistan'],
          figures: [
            {
              metric: 'militant_attacks',
              value: 900,
              unit: 'attacks',
              scope: 'AGGREGATE',
              periodStart: '2025',
              placeId: 'place:balochistan',
            },
          ],
          source: SRC,
        },
      },
      as('editor'),
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.addClaim).toMatchObject({
      kind: 'STATISTIC',
      assertedBy: [{ actor: { id: 'person:sarfraz-bugti' }, quote: 'test quote' }],
      figures: [{ metric: 'militant_attacks', value: 900, place: { id: 'place:balochistan' } }],
      sources: [{ article: { id: SRC.articleId }, evidence: SRC.evidence }],
    });
    const noAssert = await post(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { id } }`,
      {
        input: {
          kind: 'DENIAL',
          text: 'Test denial',
          stances: [{ actorId: 'place:india', stance: 'DENIES' }],
          source: SRC,
        },
      },
      as('editor'),
    );
    expect(noAssert.body.errors?.[0].message).toMatch(/needs at least one ASSERTS/);
  });
});

describe('mergeEntities', () => {
  it('moves relationships, aliases and provenance, records the merge, and refuses bad merges', async () => {
    await post(
      CREATE,
      {
        input: { kind: 'PERSON', name: 'Test Duplicate Of Bugti', aliases: ['Test S. Bugti'] },
        source: { articleId: 'article:2025-12-07-balochistan-security-toll', evidence: 'Bugti' },
      },
      as('editor'),
    );
    await post(
      `mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { articleId } }`,
      {
        input: {
          type: 'PARTICIPATED_IN',
          role: 'SPEAKER',
          fromId: 'person:test-duplicate-of-bugti',
          toId: 'event:ispr-statement-2025-12-07',
          source: { articleId: 'article:2025-12-07-balochistan-security-toll', evidence: 'the ISPR said' },
        },
      },
      as('editor'),
    );

    const self = await post(
      `mutation { mergeEntities(keepId: "person:sarfraz-bugti", mergeId: "person:sarfraz-bugti") { moved } }`,
      {},
      as('editor'),
    );
    expect(self.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'mergeId' } });
    const kinds = await post(
      `mutation { mergeEntities(keepId: "person:sarfraz-bugti", mergeId: "place:kalat-district") { moved } }`,
      {},
      as('editor'),
    );
    expect(kinds.body.errors?.[0].message).toMatch(/only entities of one kind merge/);

    const before = await counts();
    const r = await post(
      `mutation { mergeEntities(keepId: "person:sarfraz-bugti", mergeId: "person:test-duplicate-of-bugti") { kept {
        id aliases } moved } }`,
      {},
      as('editor'),
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.mergeEntities.moved).toBe(2); // PARTICIPATED_IN and SOURCED_FROM
    expect(r.body.data.mergeEntities.kept.aliases).toEqual(
      expect.arrayContaining(['Test Duplicate Of Bugti', 'Test S. Bugti', 'Bugti']),
    );
    const after = await counts();
    expect(after.nodes).toBe(before.nodes); // one entity gone, one ChangeRecord added
    const [moved] = await cypher(
      `MATCH (:Person {id: 'person:sarfraz-bugti'})-[r:PARTICIPATED_IN {role: 'SPEAKER'}]->(:Event {id:
        'event:ispr-statement-2025-12-07'}) RETURN r.sources AS s`,
    );
    expect(moved!.s).toEqual(['article:2025-12-07-balochistan-security-toll']);
    const [unsourced] = await cypher(
      `MATCH (:Person {id: 'person:sarfraz-bugti'})-[r]-()
        WHERE NOT type(r) IN ['SOURCED_FROM', 'MENTIONS', 'NAMES', 'MERGED_INTO'] AND
        size(coalesce(r.sources, [])) = 0 RETURN count(r) AS n`,
    );
    expect(unsourced!.n).toBe(0);
    const [record] = await cypher(
      `MATCH (c:ChangeRecord {action: 'MERGE', entityId: 'person:test-duplicate-of-bugti'}) RETURN c.mergedInto AS
        into, c.by AS by, c.snapshot AS snap`,
    );
    expect(record).toMatchObject({ into: 'person:sarfraz-bugti', by: 'key:editor' });
    expect(JSON.parse(String(record!.snap)).entity.name).toBe('Test Duplicate Of Bugti');
    // An old link to the merged entity answers with the entity it was merged into.
    const stale = await post(`{ entity(id: "person:test-duplicate-of-bugti") { id name } }`);
    expect(stale.body.data.entity).toEqual({ id: 'person:sarfraz-bugti', name: 'Sarfraz Bugti' });
  });
});

describe('merged ids', () => {
  it('lead to the entity they were merged into, through a chain of merges', async () => {
    for (const id of ['a', 'b', 'c'])
      await addEntity({
        id: `person:test-chain-${id}`,
        kind: 'PERSON',
        name: `Test Chain ${id.toUpperCase()}`,
        aliases: [],
      });
    for (const [keep, merge] of [
      ['b', 'a'],
      ['c', 'b'],
    ]) {
      const r = await post(
        `mutation { mergeEntities(keepId: "person:test-chain-${keep}", mergeId: "person:test-chain-${merge}") {
          moved } }`,
        {},
        as('editor'),
      );
      expect(r.body.errors).toBeUndefined();
    }
    for (const stale of ['a', 'b']) {
      const r = await post(`{ entity(id: "person:test-chain-${stale}") { id } }`);
      expect(r.body.data.entity, stale).toEqual({ id: 'person:test-chain-c' });
    }
    expect((await post(`{ entity(id: "person:test-chain-z") { id } }`)).body.data.entity).toBeNull();
  });
});

describe('deleteEntity', () => {
  it('soft-deletes for editors (hidden, restorable, relationships kept); hard delete needs an admin', async () => {
    const soft = await post(`mutation { deleteEntity(id: "place:quetta") { id hard } }`, {}, as('editor'));
    expect(soft.body.data.deleteEntity).toEqual({ id: 'place:quetta', hard: false });
    expect((await post(`{ entity(id: "place:quetta") { id } }`)).body.data.entity).toBeNull();
    expect((await cypher(`MATCH (:Deleted {id: 'place:quetta'})-[r:WITHIN]->() RETURN r.sources AS s`))[0]!.s).toEqual([
      'article:test-follow-up',
    ]);

    const restored = await post(`mutation { restoreEntity(id: "place:quetta") { id name } }`, {}, as('editor'));
    expect(restored.body.data.restoreEntity).toEqual({ id: 'place:quetta', name: 'Quetta' });
    expect((await post(`{ place(id: "place:quetta") { parent { id } } }`)).body.data.place.parent.id).toBe(
      'place:balochistan',
    );

    const editorHard = await post(`mutation { deleteEntity(id: "place:quetta", hard: true) { id } }`, {}, as('editor'));
    expect(editorHard.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', requiredRole: 'admin' } });
    const adminHard = await post(
      `mutation { deleteEntity(id: "place:quetta", hard: true) { id hard } }`,
      {},
      as('admin'),
    );
    expect(adminHard.body.data.deleteEntity).toEqual({ id: 'place:quetta', hard: true });
    expect(await cypher(`MATCH (n {id: 'place:quetta'}) RETURN n`)).toEqual([]);
    const [record] = await cypher(
      `MATCH (c:ChangeRecord {action: 'HARD_DELETE', entityId: 'place:quetta'}) RETURN c.by AS by, c.snapshot AS snap`,
    );
    expect(record!.by).toBe('key:admin');
    expect(JSON.parse(String(record!.snap)).relationships.some((r: any) => r.type === 'WITHIN')).toBe(true);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const r = await post(`mutation { deleteEntity(id: "place:never") { id } }`, {}, as('editor'));
    expect(r.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});
