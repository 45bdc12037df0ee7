import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEntity, closeTestDb, wipe } from '../support/test-db';
import { gql } from '../support/test-graphql';

// The first vertical slice: GraphQL → type-graphql resolver → repository → cypher/ file → real Neo4j.
describe('entity(id:) against the real Neo4j', () => {
  beforeAll(async () => {
    await wipe();
    await addEntity({
      id: 'person:test-asif',
      kind: 'PERSON',
      name: 'Khawaja Muhammad Asif',
      aliases: ['Khawaja Asif'],
    });
  });
  afterAll(closeTestDb);

  it('returns the stored node as a Person with plain fields', async () => {
    const res = await gql(`query($id: ID!) { entity(id: $id) { __typename id name aliases kind } }`, {
      id: 'person:test-asif',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity).toEqual({
      __typename: 'Person',
      id: 'person:test-asif',
      name: 'Khawaja Muhammad Asif',
      aliases: ['Khawaja Asif'],
      kind: 'PERSON',
    });
  });

  it('returns null for an unknown id', async () => {
    const res = await gql(`{ entity(id: "person:nobody") { id } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.entity).toBeNull();
  });

  it('names the missing argument in a validation error', async () => {
    const res = await gql(`{ entity { id } }`);
    expect(res.errors?.[0]?.message).toMatch(/argument "id"/);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
