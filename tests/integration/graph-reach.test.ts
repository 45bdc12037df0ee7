import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCypherFile, listQueryFiles } from '../../src/db/cypher.registry';
import { rekeyNames } from '../../src/engine/resolve/name-keys.rekey';
import { seed } from '../../src/engine/seed/seed.service';
import { buildSearchQuery, buildTextQuery, FILLER_WORDS } from '../../src/read/entity/search.query';
import { closeTestDb, cypher, testDb, wipe } from '../support/test-db';
import { gql } from '../support/test-graphql';

// How far the graph reaches: paths deeper than a fixed hop count and bounded by cost, places by the
// borders they share, events over every day of their span; and every read this adds is index-backed.

const PATHS = `query($from: ID!, $to: ID!, $maxHops: Int, $budget: Int, $limit: Int) {
  paths(fromId: $from, toId: $to, maxHops: $maxHops, budget: $budget, limit: $limit) {
    stoppedEarly visited searchedHops
    paths { length nodes { id } hops { type from to direction sources { article { id } } } } } }`;

interface PathSearch {
  stoppedEarly: boolean;
  visited: number;
  searchedHops: number;
  paths: {
    length: number;
    nodes: { id: string }[];
    hops: { type: string; from: string; to: string; direction: string }[];
  }[];
}

async function paths(vars: Record<string, unknown>): Promise<PathSearch> {
  const res = await gql<{ paths: PathSearch }>(PATHS, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.paths;
}

/** Neo4j's own allShortestPaths over the same relationships, as "id > id > ..." strings. */
async function allShortest(from: string, to: string): Promise<string[]> {
  const rows = await cypher(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[*..12]-(b))
     WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['SOURCED_FROM', 'MENTIONS', 'NAMES'])
     RETURN [n IN nodes(p) | n.id] AS ids`,
    { from, to },
  );
  return rows.map((r) => (r.ids as string[]).join(' > ')).sort();
}

beforeAll(async () => {
  await wipe();
  await seed(await testDb());
});
afterAll(closeTestDb);

describe('paths: deeper by default, bounded by cost', () => {
  it('joins the Balochistan chief minister to the Afghan delegation head over five hops by default', async () => {
    const r = await paths({ from: 'person:sarfraz-bugti', to: 'person:hajji-najib', limit: 50 });
    expect(r.stoppedEarly).toBe(false);
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.paths.every((p) => p.length === 5)).toBe(true);
    const got = r.paths.map((p) => p.nodes.map((n) => n.id).join(' > ')).sort();
    expect(got).toEqual(await allShortest('person:sarfraz-bugti', 'person:hajji-najib'));
    // Every hop is one stored relationship, its direction read against the walk, with its sources.
    for (const p of r.paths) {
      p.hops.forEach((h, i) => {
        const [a, b] = [p.nodes[i]!.id, p.nodes[i + 1]!.id];
        expect([h.from, h.to].sort()).toEqual([a, b].sort());
        expect(h.direction).toBe(h.from === a ? 'FORWARD' : 'BACKWARD');
      });
    }
    // The old default of four hops found nothing here, and says it looked that far.
    const short = await paths({ from: 'person:sarfraz-bugti', to: 'person:hajji-najib', maxHops: 4 });
    expect(short).toMatchObject({ paths: [], stoppedEarly: false, searchedHops: 4 });
  });

  it.each([
    ['person:khawaja-muhammad-asif', 'place:turkey'],
    ['org:ttp', 'place:kalat-district'],
    ['person:mohammad-yaqoob-mujahid', 'org:balochistan-liberation-army'],
    ['place:doha', 'person:sarfraz-bugti'],
  ])('finds exactly the shortest paths Neo4j finds: %s to %s', async (from, to) => {
    const r = await paths({ from, to, limit: 50 });
    const expected = await allShortest(from, to);
    expect(expected.length).toBeLessThan(50);
    expect(r.paths.map((p) => p.nodes.map((n) => n.id).join(' > ')).sort()).toEqual(expected);
  });

  describe('on a sparse graph', () => {
    beforeAll(async () => {
      // A chain of seven hops, person — organization — person ..., apart from the seed, and a hub with
      // 400 members hanging off its middle.
      await cypher(
        `UNWIND range(0, 7) AS i
         CREATE (n:Entity {id: CASE WHEN i % 2 = 0 THEN 'person:chain-' ELSE 'org:chain-' END + i,
                           kind: CASE WHEN i % 2 = 0 THEN 'PERSON' ELSE 'ORGANIZATION' END, name: 'Chain ' + i})
         SET n:$(CASE WHEN i % 2 = 0 THEN ['Actor', 'Person'] ELSE ['Actor', 'Organization'] END)`,
      );
      await cypher(
        `UNWIND range(0, 6) AS i
         MATCH (a:Entity {id: CASE WHEN i % 2 = 0 THEN 'person:chain-' ELSE 'org:chain-' END + i})
         MATCH (b:Entity {id: CASE WHEN (i + 1) % 2 = 0 THEN 'person:chain-' ELSE 'org:chain-' END + (i + 1)})
         CALL (a, b, i) {
           WITH a, b WHERE i % 2 = 0 CREATE (a)-[:MEMBER_OF {sources: [], provenance: []}]->(b)
           UNION
           WITH a, b WHERE i % 2 = 1 CREATE (b)-[:MEMBER_OF {sources: [], provenance: []}]->(a)
         }`,
      );
      await cypher(
        `MATCH (hub:Entity {id: 'org:chain-3'})
         UNWIND range(1, 400) AS i
         CREATE (:Entity:Actor:Person {id: 'person:member-' + i, kind: 'PERSON', name: 'Member ' + i})
                -[:MEMBER_OF {sources: [], provenance: []}]->(hub)`,
      );
    });

    it('finds a seven-hop chain with the default settings', async () => {
      const r = await paths({ from: 'person:chain-0', to: 'org:chain-7' });
      expect(r.stoppedEarly).toBe(false);
      expect(r.paths).toHaveLength(1);
      expect(r.paths[0]!.length).toBe(7);
      expect(r.paths[0]!.nodes.map((n) => n.id)).toEqual([
        'person:chain-0',
        'org:chain-1',
        'person:chain-2',
        'org:chain-3',
        'person:chain-4',
        'org:chain-5',
        'person:chain-6',
        'org:chain-7',
      ]);
      expect(r.searchedHops).toBe(7);
    });

    it('says when its budget ran out before it could finish, rather than answering "no path"', async () => {
      const r = await paths({ from: 'person:chain-0', to: 'org:chain-7', budget: 100 });
      expect(r).toMatchObject({ paths: [], stoppedEarly: true });
      expect(r.visited).toBeLessThan(120);
    });

    it('tells "no path" from "not looked far enough"', async () => {
      const none = await paths({ from: 'person:chain-0', to: 'place:kabul' });
      expect(none).toMatchObject({ paths: [], stoppedEarly: false });
    });

    it('refuses a budget or depth outside its bounds, naming the argument', async () => {
      for (const [vars, field] of [
        [{ budget: 10 }, 'budget'],
        [{ budget: 10_000_000 }, 'budget'],
        [{ maxHops: 0 }, 'maxHops'],
        [{ maxHops: 40 }, 'maxHops'],
      ] as const) {
        const res = await gql(PATHS, { from: 'person:chain-0', to: 'org:chain-7', ...vars });
        expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });
});

describe('places by border', () => {
  it('lists the places bordering a country, either way round, with the other filters', async () => {
    const res = await gql<any>(`{
      all: places(filter: { borders: "place:afghanistan" }) { totalCount edges { node { id } } }
      provinces: places(filter: { borders: "place:afghanistan", placeTypes: [PROVINCE] }) {
        totalCount edges { node { id } }
      }
      named: places(filter: { borders: "place:afghanistan", name: "Baluchistan" }) { edges { node { id } } }
      back: places(filter: { borders: "place:pakistan" }) { edges { node { id } } }
      none: places(filter: { borders: "place:qatar" }) { totalCount edges { node { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    const ids = (c: any) => c.edges.map((e: any) => e.node.id);
    expect(ids(res.data.all)).toEqual(['place:balochistan', 'place:khyber-pakhtunkhwa', 'place:pakistan']);
    expect(res.data.all.totalCount).toBe(3);
    expect(ids(res.data.provinces)).toEqual(['place:balochistan', 'place:khyber-pakhtunkhwa']);
    expect(res.data.provinces.totalCount).toBe(2);
    expect(ids(res.data.named)).toEqual(['place:balochistan']);
    expect(ids(res.data.back)).toEqual(['place:afghanistan']);
    expect(res.data.none).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('an event over several days', () => {
  it('is found on its second day: the Istanbul talks ran from Saturday into Sunday', async () => {
    const res = await gql<any>(`{
      day2: events(filter: { from: "2025-10-26", to: "2025-10-26" }) { edges { node { id } } }
      talks: event(id: "event:istanbul-talks-2025-10") { startDate endDate dateLabel }
      timeline(id: "place:istanbul", from: "2025-10-26", to: "2025-10-26") { event { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.day2.edges.map((e: any) => e.node.id)).toContain('event:istanbul-talks-2025-10');
    expect(res.data.talks).toEqual({
      startDate: '2025-10-25',
      endDate: '2025-10-26',
      dateLabel: '25 October 2025 – 26 October 2025',
    });
    expect(res.data.timeline.map((t: any) => t.event.id)).toContain('event:istanbul-talks-2025-10');
  });
});

describe('re-keying names stored before phonetic and Arabic-script keys', () => {
  it('restores every key an entity needs, and changes nothing the second time', async () => {
    const db = await testDb();
    await rekeyNames(db); // the test chain above was written without keys
    // As an older version stored it: plain Latin keys only, no phonetic keys and no NameKey for them.
    await cypher(
      `MATCH (n:Entity {id: 'person:hajji-najib'})
       SET n.nameKeys = ['hajji najib', 'najib', 'haji najib', 'hadji najib']
       SET n.nameText = reduce(t = '|', k IN n.nameKeys | t + k + '|')
       WITH n MATCH (k:NameKey)-[r:NAMES]->(n) WHERE NOT substring(k.id, 7) IN n.nameKeys DELETE r`,
    );
    const before = await gql<any>(`{ search(text: "Haji Najeeb") { edges { match node { id } } } }`);
    expect(before.data.search.edges.some((e: any) => e.match === 'PHONETIC')).toBe(false);

    const first = await rekeyNames(db, 7);
    expect(first.rekeyed).toBe(1);
    expect(first.examined).toBeGreaterThan(30);
    const after = await gql<any>(`{ search(text: "Haji Najeeb") { edges { match node { id } } } }`);
    expect(after.data.search.edges[0]).toEqual({ match: 'PHONETIC', node: { id: 'person:hajji-najib' } });
    const [links] = await cypher(
      `MATCH (k:NameKey)-[:NAMES]->(:Entity {id: 'person:hajji-najib'}) RETURN collect(k.id) AS ids`,
    );
    expect(links!.ids).toEqual(expect.arrayContaining(['PERSON|~najib', 'PERSON|najib', `PERSON|${'حاجی نجیب'}`]));
    expect((await rekeyNames(db)).rekeyed).toBe(0);
  });
});

describe('every read added for names, search, borders and paths is index-backed', () => {
  const SCANS = /NodeByLabelScan|AllNodesScan|RelationshipTypeScan|AllRelationshipsScan|UndirectedAllRelationships/;

  async function plan(name: string, params: Record<string, unknown>): Promise<string[]> {
    const file = listQueryFiles()
      .map(parseCypherFile)
      .find((f) => f.name === name)!;
    const values: Record<string, unknown> = {};
    for (const p of file.parameters) {
      const v = params[p.name] ?? null;
      values[p.name] = (p.type as { t?: string }).t === 'int' && typeof v === 'number' ? neo4j.int(v) : v;
    }
    const db = await testDb();
    const res = await db.driver.executeQuery(`PROFILE ${file.text}`, values, {
      database: db.database,
      routing: neo4j.routing.WRITE,
    });
    const ops: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      ops.push(p.operatorType);
      p.children.forEach((c) => walk(c as typeof p));
    };
    walk(res.summary.profile as unknown as { operatorType: string; children: unknown[] });
    return ops;
  }

  const searchParams = (text: string) => {
    const q = buildSearchQuery(text);
    return {
      query: q.query,
      keyIds: ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'].flatMap((k) =>
        [...q.keys, ...q.phonetic].map((x) => `${k}|${x}`),
      ),
      runs: q.runs,
      phoneticRuns: q.phoneticRuns,
      words: q.words,
      fillers: FILLER_WORDS,
      candidates: 1000,
      limit: 11,
    };
  };
  const elementIdOf = async (id: string) =>
    (await cypher(`MATCH (n:Entity {id: $id}) RETURN elementId(n) AS e`, { id }))[0]!.e as string;

  it.each([
    ['search-entities', () => searchParams('Defence Minister Khawaja Asif')],
    ['search-entities', () => searchParams('اسلامآباد')],
    ['search-entities', () => searchParams('Haji Najeeb')],
    ['search-claims', () => ({ query: buildTextQuery('open war'), candidates: 1000, limit: 11 })],
    [
      'search-claims',
      () => ({
        query: buildTextQuery('militants'),
        kinds: ['STATISTIC'],
        aboutId: 'place:balochistan',
        speakerId: 'person:sarfraz-bugti',
        candidates: 1000,
        limit: 11,
      }),
    ],
    [
      'list-entities',
      () => ({
        kind: 'PERSON',
        sort: 'NAME',
        ascending: true,
        limit: 21,
        cap: 2000,
        nameKey: 'najeeb',
        namePhonetic: 'najib',
      }),
    ],
    [
      'list-entities',
      () => ({ kind: 'PLACE', sort: 'NAME', ascending: true, limit: 21, cap: 2000, bordersId: 'place:afghanistan' }),
    ],
    [
      'list-entities',
      () => ({
        kind: 'PLACE',
        sort: 'CONNECTIONS',
        ascending: false,
        limit: 21,
        cap: 0,
        bordersId: 'place:afghanistan',
      }),
    ],
    [
      'count-entities',
      () => ({ kind: 'PLACE', unfiltered: false, cap: 2000, countCap: 10000, bordersId: 'place:afghanistan' }),
    ],
    [
      'count-entities',
      () => ({
        kind: 'PERSON',
        unfiltered: false,
        cap: 2000,
        countCap: 10000,
        nameKey: 'najeeb',
        namePhonetic: 'najib',
      }),
    ],
    [
      'find-entities-by-name-keys',
      () => ({ candidates: [{ ref: 'x', kind: 'PERSON', keys: ['~najib', 'najeeb'], exactKeys: ['najeeb'] }] }),
    ],
    ['find-path-ends', () => ({ fromId: 'person:sarfraz-bugti', toId: 'person:hajji-najib' })],
    ['list-entity-names', () => ({ after: 'org:', limit: 50 })],
  ] as const)('%s', async (name, params) => {
    const ops = await plan(name, params());
    expect(
      ops.filter((o) => SCANS.test(o)),
      ops.join(' '),
    ).toEqual([]);
  });

  it('expand-path-frontier and load-path-parts seek by element id', async () => {
    const e = await elementIdOf('place:pakistan');
    const ops = await plan('expand-path-frontier', { ids: [e], cap: 100 });
    expect(
      ops.some((o) => o.startsWith('NodeByElementIdSeek')),
      ops.join(' '),
    ).toBe(true);
    expect(ops.filter((o) => SCANS.test(o))).toEqual([]);
    const [rel] = await cypher(
      `MATCH (:Entity {id: 'place:pakistan'})-[r:BORDERS]-() RETURN elementId(r) AS r LIMIT 1`,
    );
    const parts = await plan('load-path-parts', { nodeIds: [e], relIds: [rel!.r] });
    expect(
      parts.some((o) => o.startsWith('DirectedRelationshipByElementIdSeek')),
      parts.join(' '),
    ).toBe(true);
    expect(parts.filter((o) => SCANS.test(o))).toEqual([]);
  });
});
