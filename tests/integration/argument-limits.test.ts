import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEntity, closeTestDb, counts, wipe } from '../support/test-db';
import { post, startTestApp, type TestApp } from '../support/http-app';

// Length limits on arguments, and cursors bound to the list and order that issued them, over real HTTP.

const EDITOR_KEY = 'an-editor-key-for-the-argument-limits-test';
const entry = (name: string, role: string, key: string) =>
  `${name}:${role}:${createHash('sha256').update(key).digest('hex')}`;

let server: TestApp;

interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await post(server.base, { query, variables }, { 'x-api-key': EDITOR_KEY });
  return { status: res.status, ...((await res.json()) as Omit<Answer, 'status'>) };
}

beforeAll(async () => {
  await wipe();
  server = await startTestApp({
    AUTH_API_KEYS: entry('desk', 'editor', EDITOR_KEY),
    RATE_LIMIT_PER_MINUTE: '0',
    MAX_TEXT_LENGTH: '1000',
    // A cold Neo4j plans its first queries slowly on a busy machine; no test here is about time.
    REQUEST_TIMEOUT_MS: '60000',
  });
  for (const name of ['Alpha Person', 'Beta Person', 'Gamma Person']) {
    await addEntity({ id: `person:${name.toLowerCase().replace(' ', '-')}`, kind: 'PERSON', name, aliases: [] });
  }
  await addEntity({ id: 'place:limit-town', kind: 'PLACE', placeType: 'CITY', name: 'Limit Town', aliases: [] });
});
afterAll(async () => {
  await server?.stop();
  await closeTestDb();
});

describe('argument lengths', () => {
  const refused = (answer: Answer, field: string, max: number, got: number) => {
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      {
        message: `${field}: at most ${max} characters, got ${got}`,
        extensions: { code: 'BAD_USER_INPUT', field, maxLength: max },
      },
    ]);
  };

  it('refuses an id over 200 characters, inline or in a variable, in a list too', async () => {
    const id = `person:${'x'.repeat(194)}`;
    refused(await ask(`{ person(id: "${id}") { id } }`), 'id', 200, 201);
    refused(await ask(`query($id: ID!) { entity(id: $id) { id } }`, { id }), 'id', 200, 201);
    refused(await ask(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ['a', 'b', id] }), 'ids[2]', 200, 201);
    // At the limit it is an ordinary lookup.
    expect(await ask(`{ person(id: "${id.slice(1)}") { id } }`)).toEqual({ status: 200, data: { person: null } });
  });

  it('refuses names over MAX_STRING_LENGTH, prose over MAX_TEXT_LENGTH, in nested inputs; writes nothing', async () => {
    const before = await counts();
    const create = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }`;
    const person = { kind: 'PERSON', name: 'N'.repeat(501) };
    refused(await ask(create, { input: person }), 'input.name', 500, 501);
    refused(
      await ask(create, { input: { ...person, name: 'Fine', aliases: ['ok', 'A'.repeat(600)] } }),
      'input.aliases[1]',
      500,
      600,
    );
    refused(
      await ask(create, { input: { ...person, name: 'Fine', description: 'd'.repeat(1001) } }),
      'input.description',
      1000,
      1001,
    );
    refused(await ask(`{ people(filter: { name: "${'p'.repeat(501)}" }) { totalCount } }`), 'filter.name', 500, 501);
    expect(await counts()).toEqual(before);
    // A description under the text limit is longer than a name may be, and fine.
    const ok = await ask(create, { input: { ...person, name: 'Long Story', description: 'd'.repeat(900) } });
    expect(ok.errors).toBeUndefined();
  });

  it('checks arguments in fragments and aliases as well', async () => {
    const long = 'z'.repeat(201);
    refused(await ask(`query { ...F } fragment F on Query { a: place(id: "${long}") { id } }`), 'id', 200, 201);
  });
});

describe('cursors', () => {
  const PEOPLE = `query($after: String, $dir: SortDirection = ASC, $sort: EntitySort = NAME) {
    people(first: 1, after: $after, orderBy: { sort: $sort, direction: $dir }) {
      edges { node { name } } pageInfo { endCursor } } }`;

  it('page on in the list and order that issued them', async () => {
    const first = await ask(PEOPLE);
    expect(first.data.people.edges).toEqual([{ node: { name: 'Alpha Person' } }]);
    const next = await ask(PEOPLE, { after: first.data.people.pageInfo.endCursor });
    expect(next.data.people.edges).toEqual([{ node: { name: 'Beta Person' } }]);
  });

  it('are refused by another list, the same list in another order, or a search', async () => {
    const cursor = (await ask(PEOPLE)).data.people.pageInfo.endCursor as string;
    const foreign = {
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      message: 'after: is a cursor of another list or sort order; page with the cursors this list returned',
    };
    for (const answer of [
      await ask(`query($after: String) { places(first: 1, after: $after) { totalCount } }`, { after: cursor }),
      await ask(PEOPLE, { after: cursor, dir: 'DESC' }),
      await ask(PEOPLE, { after: cursor, sort: 'CONNECTIONS' }),
      await ask(`query($after: String) { search(text: "Person", after: $after) { totalCount } }`, { after: cursor }),
    ]) {
      expect(answer.errors).toEqual([expect.objectContaining(foreign)]);
    }
  });
});
