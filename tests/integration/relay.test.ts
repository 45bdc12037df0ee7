import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityWriter } from '../../src/engine/entity/entity.writer';
import { seed } from '../../src/engine/seed/seed.service';
import { closeTestDb, testDb, wipe } from '../support/test-db';
import { gql, testConfig } from '../support/test-graphql';

// The Relay conventions: every object with an id is a Node that node(id:) fetches again, and nodes(ids:)
// reads many at one round trip per kind.

beforeAll(async () => {
  await wipe();
  await seed(await testDb());
});
afterAll(closeTestDb);

async function trips<T = any>(query: string, variables: Record<string, unknown> = {}) {
  const db = await testDb();
  const before = db.roundTrips;
  const res = await gql<T>(query, variables);
  return { ...res, trips: db.roundTrips - before };
}

const ONE_OF_EACH = {
  'person:khawaja-muhammad-asif': 'Person',
  'org:ttp': 'Organization',
  'place:balochistan': 'Place',
  'event:istanbul-talks-2025-10': 'Event',
  'claim:pakistan-militant-sanctuaries-in-afghanistan': 'Claim',
  'article:2025-10-26-istanbul-talks': 'Article',
  'figure:bugti-2025-security-personnel-killed': 'Figure',
} as const;

const NODE_FIELDS = `__typename id
  ... on Entity { name }
  ... on Claim { text }
  ... on Article { title }
  ... on Figure { metric claim { id } }`;

describe('node(id:)', () => {
  it('fetches every kind of object by its id, as its own type', async () => {
    for (const [id, type] of Object.entries(ONE_OF_EACH)) {
      const res = await gql<any>(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toMatchObject({ __typename: type, id });
    }
  });

  it('answers what the typed lookups answer', async () => {
    const res = await gql<any>(
      `query($c: ID!) {
      n: node(id: $c) { ... on Claim { text kind assertedBy { actor { id } } } }
      c: claim(id: $c) { text kind assertedBy { actor { id } } }
      p: node(id: "place:balochistan") { ... on Place { name placeType parent { id } } }
      q: place(id: "place:balochistan") { name placeType parent { id } }
    }`,
      { c: 'claim:pakistan-militant-sanctuaries-in-afghanistan' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.n).toEqual(res.data!.c);
    expect(res.data!.p).toEqual(res.data!.q);
  });

  it('is null, not an error, for an unknown id, an unknown prefix or an id without one', async () => {
    for (const id of [
      'person:nobody-at-all',
      'claim:no-such-claim',
      'figure:none',
      'article:none',
      'ship:ttp',
      'ttp',
      '',
    ]) {
      const res = await gql<any>(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(res.errors, id).toBeUndefined();
      expect(res.data!.node, id).toBeNull();
    }
  });

  it('is null for an id merged into another entity, which entity(id:) still follows', async () => {
    const db = await testDb();
    const admin = { id: 'key:test', role: 'admin', via: 'api-key' } as const;
    const writer = new EntityWriter(db, admin);
    await writer.create({ kind: 'PERSON', name: 'Relay Merge Test Person' }, null);
    await writer.merge('person:khawaja-muhammad-asif', 'person:relay-merge-test-person');
    const res = await gql<any>(`{ node(id: "person:relay-merge-test-person") { id }
      entity(id: "person:relay-merge-test-person") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
    expect(res.data!.entity.id).toBe('person:khawaja-muhammad-asif');
  });
});

describe('nodes(ids:)', () => {
  it('answers in the order asked, null for the unknown ones, one round trip per kind', async () => {
    const ids = [
      ...Object.keys(ONE_OF_EACH),
      'person:nobody-at-all',
      'place:turkey',
      'claim:no-such-claim',
      'org:ttp',
      'not-an-id',
    ];
    const res = await trips(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(res.errors).toBeUndefined();
    const got = res.data.nodes.map((n: any) => n?.id ?? null);
    expect(got).toEqual(
      ids.map((id) =>
        id === 'person:nobody-at-all' || id === 'claim:no-such-claim' || id === 'not-an-id' ? null : id,
      ),
    );
    // Entities (one loader for the four kinds), claims, articles, figures.
    expect(res.trips).toBe(4);
  });

  it('refuses more ids than a page holds', async () => {
    const max = testConfig().limits.maxPageSize;
    const ids = Array.from({ length: max + 1 }, (_, i) => `person:p${i}`);
    const res = await gql<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(res.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
