import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nameKeys, normalizeName } from '../../src/model/names';
import { seed, seedBundleFiles } from '../../src/engine/seed/seed.service';
import { addEntity, closeTestDb, cypher, testDb, wipe } from '../support/test-db';
import { gql, testConfig } from '../support/test-graphql';
import { GraphRepository } from '../../src/read/graph/graph.repository';

beforeAll(async () => {
  await wipe();
  await seed(await testDb());
});
afterAll(closeTestDb);

describe('no N+1: round trips do not grow with the number of results', () => {
  const NESTED = `query($first: Int, $filter: EventFilter) {
    events(first: $first, filter: $filter) { edges { node { id ... on Event {
      participants { role actor { id name
        ... on Organization { orgType relationships { type other { name } } officeHolders { person { name } } } } }
      places { name parent { name parent { name } } }
      figures { metric claim { assertedBy { actor { name } } } }
      sources { article { title } } } } } } }`;

  async function tripsFor(first: number, filter?: object) {
    const db = await testDb();
    const before = db.roundTrips;
    const res = await gql<any>(NESTED, { first, filter });
    expect(res.errors).toBeUndefined();
    return { trips: db.roundTrips - before, events: res.data!.events.edges.length };
  }

  it('events → participants → organizations → places costs the same for 1 and for all events', async () => {
    // The one event has data at every nested level (an organization taking part, a place two levels
    // deep, a figure with a speaker), so every batched query runs in both cases.
    const small = await tripsFor(1, { subTypes: ['SECURITY_OPERATION'] });
    const large = await tripsFor(50);
    expect(small.events).toBe(1);
    expect(large.events).toBeGreaterThan(15);
    expect(large.trips).toBe(small.trips);
  });
});

describe('one round trip for the common shapes', () => {
  async function trips(query: string, variables: Record<string, unknown> = {}) {
    const db = await testDb();
    const before = db.roundTrips;
    const res = await gql<any>(query, variables);
    expect(res.errors).toBeUndefined();
    return { trips: db.roundTrips - before, data: res.data };
  }

  it('an entity with its relationships and the other ends', async () => {
    const { trips: n, data } = await trips(
      `query($id: ID!) { entity(id: $id) { name relationships { type direction other { id name kind } } } }`,
      { id: 'place:balochistan' },
    );
    expect(data.entity.relationships.length).toBeGreaterThan(3);
    expect(data.entity.relationships.every((r: any) => r.other.name)).toBe(true);
    expect(n).toBe(1);
  });

  it('an event with participants, places and sources (through fragments too)', async () => {
    const { trips: n, data } = await trips(
      `query($id: ID!) { entity(id: $id) { ...E } }
       fragment E on Event { name participants { role actor { name } } places { name }
         sources { evidence article { title publishedDate } } }`,
      { id: 'event:istanbul-talks-2025-10' },
    );
    expect(data.entity.participants.length).toBeGreaterThan(1);
    expect(data.entity.places.length).toBeGreaterThan(0);
    expect(data.entity.sources[0].article.title).toBeTruthy();
    expect(n).toBe(1);
    const typed = await trips(
      `query($id: ID!) { event(id: $id) {
         participants { actor { name } } places { name } sources { article { title } } } }`,
      { id: 'event:istanbul-talks-2025-10' },
    );
    expect(typed.data.event).toEqual({
      participants: data.entity.participants.map((p: any) => ({ actor: p.actor })),
      places: data.entity.places,
      sources: data.entity.sources.map((s: any) => ({ article: { title: s.article.title } })),
    });
    expect(typed.trips).toBe(1);
  });

  it('a list page with the relationship count of each node', async () => {
    const { trips: n, data } = await trips(
      `{ organizations(first: 20, orderBy: {sort: CONNECTIONS, direction: DESC}) {
         edges { node { name connectionCount } } } }`,
    );
    const counts = data.organizations.edges.map((e: any) => e.node.connectionCount);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(n).toBe(1);
  });

  it('the same answers as the per-field loaders give', async () => {
    // Ask for the relationships through a nested list (no prefetch) and through entity(id) (prefetch).
    const direct = await trips(
      `query($id: ID!) { entity(id: $id) { relationships { type direction other { id } } sources { evidence } } }`,
      { id: 'org:ttp' },
    );
    const nested = await trips(
      `query($id: ID!) { claims(first: 1) { edges { node { id } } } e: entity(id: $id) { id }
         s: search(text: "TTP", first: 1) {
           edges { node { relationships { type direction other { id } } sources { evidence } } } } }`,
      { id: 'org:ttp' },
    );
    expect(nested.data.s.edges[0].node).toEqual(direct.data.entity);
  });
});

describe('search', () => {
  // Every name and alias in the seed bundles, with the entities it belongs to.
  const owners = new Map<string, { text: string; ids: Set<string> }>();
  for (const file of seedBundleFiles()) {
    const b = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const e of [...b.entities, ...b.events]) {
      // An alias is a string, or a name tagged with its script and language.
      const aliases = (e.aliases ?? []).map((a: string | { name: string }) => (typeof a === 'string' ? a : a.name));
      for (const text of [e.name, ...aliases]) {
        const key = normalizeName(text);
        const entry = owners.get(key) ?? { text, ids: new Set<string>() };
        entry.ids.add(e.id);
        owners.set(key, entry);
      }
    }
  }
  // Aliases can be shared across kinds ("Islamabad" the city and the government); and a key can be
  // the honorific-free form of another entity's name.
  const sharedKey = new Map<string, Set<string>>();
  for (const [, { text, ids }] of owners) {
    for (const k of nameKeys([text])) {
      const s = sharedKey.get(k) ?? new Set<string>();
      ids.forEach((i) => s.add(i));
      sharedKey.set(k, s);
    }
  }

  it('finds the entity first for every name and alias in the seed (shared aliases: all owners on top)', async () => {
    const failures: string[] = [];
    for (const [key, { text }] of owners) {
      const expected = sharedKey.get(key)!;
      const res = await gql<any>(
        `query($t: String!, $n: Int) { search(text: $t, first: $n) { edges { node { id } } } }`,
        {
          t: text,
          n: expected.size,
        },
      );
      if (res.errors) {
        failures.push(`${text}: ${res.errors[0]!.message}`);
        continue;
      }
      const top = new Set<string>(res.data!.search.edges.map((e: any) => e.node.id));
      if ([...expected].some((id) => !top.has(id)))
        failures.push(`${text}: expected ${[...expected]} on top, got ${[...top]}`);
    }
    expect(failures).toEqual([]);
  });

  it.each([
    ['TÜRKIYE', 'place:turkey'],
    ['khwaja asif', 'person:khawaja-muhammad-asif'],
    ['Mullah Yaqoob Mujahid', 'person:mohammad-yaqoob-mujahid'],
    ['Balochistaan', 'place:balochistan'],
    ['tehrik e taliban', 'org:ttp'],
    ['ispr', 'org:ispr'],
    ['Sarfraz', 'person:sarfraz-bugti'],
    ['Doha ceasefire', 'event:doha-ceasefire-signing-2025-10-19'],
  ])('tolerates case, diacritics, honorifics and small misspellings: %s', async (text, id) => {
    const res = await gql<any>(`query($t: String!) { search(text: $t, first: 1) { edges { node { id } } } }`, {
      t: text,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search.edges[0]?.node.id).toBe(id);
  });

  it('filters by kind', async () => {
    const res = await gql<any>(`{ search(text: "Islamabad", kinds: [PLACE]) { edges { node { id kind } } } }`);
    expect(res.data!.search.edges.map((e: any) => e.node.id)).toEqual(['place:islamabad']);
  });

  it.each([
    'AND OR NOT',
    '"unclosed',
    'Bugti~~~^',
    '(((',
    '*',
    '?',
    'a:b',
    '\\',
    '/regex/',
    '[1 TO 5]',
    '{}',
    '&&||!',
    '',
    '   ',
    '-',
    '+Pakistan -India',
    'ﷺ',
    '💥 Kalat',
    "O'Brien",
    'Dera-Bugti',
    'x'.repeat(200),
  ])('never raises a database error for Lucene syntax in user text: %j', async (text) => {
    const res = await gql<any>(`query($t: String!) { search(text: $t) { totalCount edges { node { id } } } }`, {
      t: text,
    });
    if (res.errors) {
      expect(res.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    } else {
      expect(res.data!.search.totalCount).toBeGreaterThanOrEqual(0);
    }
  });

  it('finds Pakistan through Lucene-looking text without honouring the syntax', async () => {
    const res = await gql<any>(`{ search(text: "+Pakistan -India") { edges { node { id } } } }`);
    const got = res.data!.search.edges.map((e: any) => e.node.id);
    expect(got).toContain('place:pakistan');
    expect(got).toContain('place:india'); // "-India" is a word here, not an exclusion
  });

  it('refuses text over 200 characters, naming the argument', async () => {
    const res = await gql(`query($t: String!) { search(text: $t) { totalCount } }`, { t: 'x'.repeat(201) });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
  });
});

describe('keyset pagination', () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
    places(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  async function walkForward(size: number) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await gql(PAGE, { first: size, after });
      seen.push(...res.data.places.edges.map((e: any) => e.node.id));
      if (!res.data.places.pageInfo.hasNextPage) break;
      after = res.data.places.pageInfo.endCursor;
    }
    return seen;
  }

  it('walks forward and backward over the same ordered list', async () => {
    const all = await gql<any>(`{ places(first: 100) { totalCount edges { node { id name } } } }`);
    const ids = all.data!.places.edges.map((e: any) => e.node.id);
    expect(ids.length).toBe(all.data!.places.totalCount);
    const names = all.data!.places.edges.map((e: any) => e.node.name.toLowerCase());
    expect([...names].sort()).toEqual(names);
    expect(await walkForward(3)).toEqual(ids);

    const back: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: any = await gql(PAGE, { last: 4, before });
      back.unshift(...res.data.places.edges.map((e: any) => e.node.id));
      if (!res.data.places.pageInfo.hasPreviousPage) break;
      before = res.data.places.pageInfo.startCursor;
    }
    expect(back).toEqual(ids);
  });

  it('stays stable when rows are added before the cursor', async () => {
    const first = await gql<any>(PAGE, { first: 3 });
    const page1 = first.data!.places.edges.map((e: any) => e.node.id);
    await addEntity({ id: 'place:aaa-test', kind: 'PLACE', name: 'Aaa Test', aliases: [], placeType: 'CITY' });
    try {
      const next = await gql<any>(PAGE, { first: 3, after: first.data!.places.pageInfo.endCursor });
      const page2 = next.data!.places.edges.map((e: any) => e.node.id);
      const all = await gql<any>(`{ places(first: 100) { edges { node { id } } } }`);
      const ids = all.data!.places.edges.map((e: any) => e.node.id).filter((id: string) => id !== 'place:aaa-test');
      expect([...page1, ...page2]).toEqual(ids.slice(0, 6));
    } finally {
      await cypher(`MATCH (n {id: 'place:aaa-test'}) DETACH DELETE n`);
    }
  });

  it('sorts by number of connections', async () => {
    const res = await gql<any>(
      `{ places(orderBy: { sort: CONNECTIONS, direction: DESC }, first: 1) { edges { node { id } } } }`,
    );
    expect(res.data!.places.edges[0].node.id).toBe('place:pakistan');
  });

  it('refuses a page larger than the maximum, naming the limit', async () => {
    const res = await gql(`{ places(first: 101) { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/page size limit exceeded: at most 100/),
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'page size', max: 100 },
    });
  });

  it('refuses a cursor it did not issue', async () => {
    const res = await gql(`{ places(first: 2, after: "bm9wZQ") { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('query limits (configured in one place)', () => {
  it('rejects a query deeper than MAX_QUERY_DEPTH, naming the limit', async () => {
    const deep = `{ event(id: "x") { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf { partOf {
      partOf { id } } } } } } } } } } } }`;
    const res = await gql(deep);
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/depth limit of 10 exceeded/i),
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'query depth', max: 10 },
    });
  });

  it('rejects too many aliases', async () => {
    const q = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "x") { id }`).join(' ')} }`;
    const res = await gql(q);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 30 } });
  });

  it('rejects a query over the cost limit', async () => {
    const res = await gql(
      `{ events(first: 100) { edges { node { ... on Event { participants { actor { ... on Organization {
        participations { event { ... on Event { places { children { name } } } } } } } } } } } } }`,
      {},
      testConfig({ MAX_QUERY_COST: '20' }),
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'query cost', max: 20 } });
  });

  it('bounds neighborhood depth and size', async () => {
    const deep = await gql(`{ neighborhood(id: "place:pakistan", depth: 4) { truncated } }`);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'depth' } });
    const big = await gql(`{ neighborhood(id: "place:pakistan", limit: 501) { truncated } }`);
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'neighborhood nodes' } });
    const small = await gql<any>(
      `{ neighborhood(id: "place:pakistan", depth: 2, limit: 5) { nodes { id } truncated reachable } }`,
    );
    expect(small.data!.neighborhood.nodes).toHaveLength(5);
    expect(small.data!.neighborhood.truncated).toBe(true);
  });

  it('reads no edges for a neighbourhood query that selects none, and the same nodes', async () => {
    const graph = new GraphRepository(await testDb());
    const types = ['PARTICIPATED_IN', 'OCCURRED_IN', 'PART_OF', 'BORDERS', 'MEDIATED', 'MEMBER_OF'];
    const full = await graph.neighborhood('place:pakistan', 2, types, 40, true);
    const bare = await graph.neighborhood('place:pakistan', 2, types, 40, false);
    expect(full!.edges.length).toBeGreaterThan(0);
    expect(bare!.edges).toEqual([]);
    expect(bare!.nodes).toEqual(full!.nodes);
    expect(bare!.reachable).toBe(full!.reachable);
  });
});
