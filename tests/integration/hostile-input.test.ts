import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { formatApiKeyEntry, hashApiKey } from '../../src/auth/api-key.store';
import { encodeCursor } from '../../src/core/keyset';
import { seed } from '../../src/engine/seed/seed.service';
import { closeTestDb, counts, cypher, testDb, wipe } from '../support/test-db';
import { startTestApp, type TestApp } from '../support/http-app';

// A reliability corpus of hostile requests, run against one production-mode server over the seeded graph.
// Each case states its status and extensions.code ('data' for harmless input that must simply answer); every
// case also checks that the body is GraphQL-shaped JSON, that nothing internal leaks (stacks, paths, Cypher,
// driver errors, secrets), that the graph is unchanged (no write by a hostile or forged request) and that
// the server still answers a known query at once.

const KEYS = {
  editor: 'hostile-editor-key-0123456789abcdefgh',
  reader: 'hostile-reader-key-0123456789abcdefgh',
};
const JWT_SECRET = 'hostile-input-jwt-secret-0123456789abcdef';
const OTHER_SECRET = 'some-other-jwt-secret-0123456789abcdefghij';
// A cold Neo4j plans each big list query for seconds on a small machine (count-entities: 4-7 s per shape of
// parameters on 2 CPUs); the deadline is generous so that a first plan is not a 504. A case that takes longer
// than HANG_MS hangs.
const TIMEOUT_MS = 60_000;
const HANG_MS = 30_000;
const KNOWN = 'place:balochistan';

interface Sent {
  method?: 'GET' | 'POST';
  /** Path and query string; /graphql by default. */
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  /** A whole HTTP/1.1 request written to a socket as it is (for what fetch refuses to send). */
  raw?: string;
}

interface Case {
  group: string;
  name: string;
  request: Sent | (() => Promise<Sent>);
  status: number;
  /** extensions.code of the first error; 'data' for an answer with data and no errors; null for no body. */
  code: string | 'data' | null;
  extensions?: Record<string, unknown>;
}

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  ms: number;
}

const q = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Sent => ({
  body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
  headers,
});
/** A request whose variables are given as JSON text (values too deep for JSON.stringify). */
const qJson = (query: string, variables: string, headers?: Record<string, string>): Sent => ({
  body: `{"query":${JSON.stringify(query)},"variables":${variables}}`,
  headers,
});
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

// ---------------------------------------------------------------------------------------------------------
// Query-shape bombs (client-errors.test.ts has the single token, alias, duplication, directive and depth
// floods; these are their neighbours: nesting through fragments, cycles, fan-out, variables, huge bodies).

const ENTITY_FIELDS = 'id name kind';
const fanOut = (levels: number) =>
  `query { entity(id: "${KNOWN}") { ...F${levels} } } fragment F0 on Entity { ${ENTITY_FIELDS} } ` +
  repeat(levels, (i) => `fragment F${i + 1} on Entity { ...F${i} ...F${i} }`);

const BOMBS: Omit<Case, 'group'>[] = [
  {
    name: 'depth 1000 through nested selections',
    request: q(`{ entity(id: "x") { ... on Event { ${'partOf { '.repeat(1000)}id${' }'.repeat(1000)} } } }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'depth through a chain of 12 fragments',
    request: q(
      `{ entity(id: "x") { ...D0 } } ` +
        repeat(12, (i) => `fragment D${i} on Event { partOf { ...D${i + 1} } }`) +
        ' fragment D12 on Event { id }',
    ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: '500 nested inline fragments on Query',
    request: q(`{ ${'... on Query { '.repeat(500)}__typename${' }'.repeat(500)} }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'unbalanced braces, 1900 deep',
    request: q('{'.repeat(1900)),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a fragment spreading itself',
    request: q('{ ...A } fragment A on Query { __typename ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a fragment cycle of two',
    request: q('{ ...A } fragment A on Query { graphSummary { people } ...B } fragment B on Query { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a fragment cycle of 50',
    request: q(`{ ...C0 } ${repeat(50, (i) => `fragment C${i} on Query { __typename ...C${(i + 1) % 50} }`)}`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'fragment fan-out 2^10',
    request: q(fanOut(10)),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'fragment fan-out 2^40 (billion laughs)',
    request: q(fanOut(40)),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'fragment fan-out 2^40 of a list field',
    request: q(
      '{ people(first: 100) { edges { node { ...G40 } } } } ' +
        `fragment G0 on Person { relationships { other { ${ENTITY_FIELDS} } } } ` +
        repeat(40, (i) => `fragment G${i + 1} on Person { ...G${i} ...G${i} }`),
    ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: '31 aliases (one over MAX_ALIASES)',
    request: q(`{ ${repeat(31, (i) => `a${i}: graphSummary { people }`)} }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'aliases', max: 30 },
  },
  {
    name: '30 aliases (at MAX_ALIASES)',
    request: q(`{ ${repeat(30, (i) => `a${i}: graphSummary { people }`)} }`),
    status: 200,
    code: 'data',
  },
  {
    name: 'aliases hidden in 40 fragments',
    request: q(
      `{ ${repeat(40, (i) => `...H${i}`)} } ` +
        repeat(40, (i) => `fragment H${i} on Query { h${i}: graphSummary { people } }`),
    ),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'aliases' },
  },
  {
    name: '51 @skip directives on one field',
    request: q(`{ __typename ${repeat(51, () => '@skip(if: false)')} }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'directives' },
  },
  {
    name: '60 unknown directives',
    request: q(`{ __typename ${repeat(60, (i) => `@x${i}`)} }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: '900 unused variable definitions',
    request: q(`query(${repeat(900, (i) => `$v${i}: Int`)}) { __typename }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '2000 variable definitions (token limit)',
    request: q(`query(${repeat(2000, (i) => `$v${i}: Int`)}) { __typename }`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'tokens' },
  },
  {
    name: '50 000 undeclared variables',
    request: q(
      `{ entity(id: "${KNOWN}") { id } }`,
      Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`v${i}`, i])),
    ),
    status: 200,
    code: 'data',
  },
  {
    name: 'a variable nested 100 000 deep',
    request: qJson('query($id: ID!) { entity(id: $id) { id } }', `{"id":${deepArray(100_000)}}`),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a batch of 1000 operations (batching is off)',
    request: { body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ graphSummary { people } }' }))) },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a 1.9 MB query of repeated tokens',
    request: q(`{ ${'__typename '.repeat(170_000)}}`),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'tokens' },
  },
  {
    name: 'a 1.9 MB comment after a small query',
    request: q(`{ entity(id: "${KNOWN}") { id } } #${'x'.repeat(1_900_000)}`),
    status: 200,
    code: 'data',
  },
  {
    name: 'a 1.9 MB string argument',
    request: q(`{ search(text: "${'a'.repeat(1_900_000)}") { totalCount } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'text' },
  },
  {
    name: 'a 1.9 MB block string of quotes and backslashes',
    request: q(`{ search(text: """${'\\"'.repeat(450_000)} """) { totalCount } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'two operations and no operationName',
    request: q('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'an operationName that is not in the document',
    request: { body: JSON.stringify({ query: 'query A { __typename }', operationName: "B') MATCH (n" }) },
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'introspection bomb in production',
    request: q(`{ __schema { types { ${'fields { type { ofType { '.repeat(3)}name${' } } }'.repeat(3)} } } }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a subscription over POST',
    request: q('subscription { entityChanged { __typename } }'),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a NUL byte in the document',
    request: q('{ __typename \u0000 }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a lone surrogate in a comment',
    request: { body: `{"query":"{ entity(id: \\"${KNOWN}\\") { id } } # \\ud800"}` },
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a query that is a number',
    request: { body: '{"query": 42}' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a query that is an object',
    request: { body: '{"query": {"kind": "Document", "definitions": []}}' },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a persisted-query hash that does not match the query',
    request: {
      body: JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
      }),
    },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an unknown persisted-query hash alone',
    request: { body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }) },
    status: 200,
    code: 'PERSISTED_QUERY_NOT_FOUND',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Lucene metacharacters and odd text in search texts: every one answers with data (perhaps none), never an
// error, in both searches.

const LUCENE_TEXTS: [string, string][] = [
  ...[...'+-!(){}[]^"~*?:\\/'].map((c): [string, string] => [`lone ${JSON.stringify(c)}`, c]),
  ['&&', '&&'],
  ['||', '||'],
  ['every metacharacter', '+-&&||!(){}[]^"~*?:\\/'],
  ['metacharacters between words', 'bal+och -istan && (pakistan) || [kabul] {doha}^2 "quetta~ *:* ?x \\ /y/'],
  ['an unbalanced quote', '"balochistan'],
  ['an unbalanced bracket', 'balochistan [TO'],
  ['*:*', '*:*'],
  ['AND OR NOT', 'AND OR NOT'],
  ['NOT and a name', 'NOT balochistan'],
  ['a range query', '[a TO z]'],
  ['an open range', '{* TO *}'],
  ['a field query', 'name:balochistan'],
  ['a regex query', '/.*/'],
  ['a fuzzy edit distance of 100', 'balochistan~100'],
  ['a huge boost', 'balochistan^99999999999'],
  ['a leading wildcard', '*istan'],
  ['a lone backslash', '\\'],
  ['200 backslashes', '\\'.repeat(200)],
  ['a 200-letter word', 'b'.repeat(200)],
  ['100 one-letter words', repeat(100, () => 'a').slice(0, 200)],
  ['50 four-letter words', repeat(50, (i) => `w${String(i).padStart(3, '0')}`).slice(0, 200)],
  ['200 ampersands (each an "and")', '&'.repeat(200)],
  ['200 "and"s', repeat(66, () => 'and').slice(0, 200)],
  ['200 ligatures that expand to four words each (U+FDFA)', '\uFDFA'.repeat(200)],
  ['200 bismillah ligatures (U+FDFD)', '\uFDFD'.repeat(200)],
  ['emoji', '🔥💣🇵🇰 balochistan 👍🏽'],
  ['RTL text', 'بلوچستان'],
  ['an RTL override around a name', '\u202Ebalochistan\u202C'],
  ['zero-width characters inside a name', 'Balo\u200Bchis\u200Dtan\uFEFF'],
  ['zero-width characters only', '\u200B\u200C\u200D\uFEFF'],
  ['a NUL byte inside a name', 'balo\u0000chistan'],
  ['a NUL byte alone', '\u0000'],
  ['control characters', '\u0001\u0007\u001b[31m\u007f'],
  ['whitespace only', ' \t\n\r '],
  ['an empty text', ''],
  ['combining marks (Zalgo)', `b${'\u0301\u0316\u0337'.repeat(60)}`],
  ['a lone surrogate', 'bal\uD800och'],
  ['Devanagari', 'बलूचिस्तान'],
  ['SQL-shaped', "' OR 1=1 --"],
  ['Cypher-shaped', '"}) MATCH (n) DETACH DELETE n //'],
  ['a Lucene escape sequence', '\\u0041\\*'],
];

const LUCENE: Omit<Case, 'group'>[] = LUCENE_TEXTS.flatMap(([name, text]) => [
  {
    name: `search: ${name}`,
    request: q('query($t: String!) { search(text: $t, first: 5) { totalCount edges { node { id } } } }', { t: text }),
    status: 200,
    code: 'data',
  },
  {
    name: `searchClaims: ${name}`,
    request: q('query($t: String!) { searchClaims(text: $t, first: 5) { totalCount edges { node { id } } } }', {
      t: text,
    }),
    status: 200,
    code: 'data',
  },
]);

// ---------------------------------------------------------------------------------------------------------
// Injection-shaped ids and strings: ordinary values that find nothing, over every way an id reaches Cypher.

const HOSTILE_IDS: [string, string][] = [
  ['SQL-shaped', "' OR 1=1 --"],
  ['Cypher-shaped', '"}) MATCH (n) DETACH DELETE n //'],
  ['Cypher in a known id', `${KNOWN}'}) DETACH DELETE n //`],
  ['a parameter name', '$id'],
  ['backticks', '`Entity` {id: 1}'],
  ['a label', ':Entity'],
  ['a NUL byte', `${KNOWN}\u0000`],
  ['path traversal', '../../etc/passwd'],
  ['a wildcard', 'place:*'],
  ['a regex', '.*'],
  ['a template', '${process.env.NEO4J_PASSWORD}'],
  ['the known id in upper case', KNOWN.toUpperCase()],
  ['the known id with spaces', ` ${KNOWN} `],
  ['an id of exactly 200 characters', `person:${'x'.repeat(193)}`],
];

const INJECTION: Omit<Case, 'group'>[] = [
  ...HOSTILE_IDS.flatMap(([name, id]): Omit<Case, 'group'>[] => [
    {
      name: `entity / node / claim / article: ${name}`,
      request: q(
        'query($id: ID!) { entity(id: $id) { id } node(id: $id) { id } claim(id: $id) { id } ' +
          'article(id: $id) { id } person(id: $id) { id } }',
        { id },
      ),
      status: 200,
      code: 'data',
    },
    {
      name: `nodes / neighborhood / claims(about): ${name}`,
      request: q(
        'query($id: ID!) { nodes(ids: [$id, $id]) { id } neighborhood(id: $id) { nodes { id } } ' +
          'claims(about: $id, speaker: $id) { totalCount } }',
        { id },
      ),
      status: 200,
      code: 'data',
    },
    {
      name: `people(filter: { name }): ${name}`,
      request: q(
        'query($n: String) { people(filter: { name: $n }) { totalCount } places(filter: { name: $n }) { totalCount } }',
        {
          n: id,
        },
      ),
      status: 200,
      code: 'data',
    },
  ]),
  {
    name: 'an id of 201 characters',
    request: q('query($id: ID!) { entity(id: $id) { id } }', { id: `person:${'x'.repeat(194)}` }),
    status: 400,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'id', maxLength: 200 },
  },
  {
    name: 'an id of 100 000 characters inline',
    request: q(`{ entity(id: "${'x'.repeat(100_000)}") { id } }`),
    status: 400,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'id' },
  },
  {
    name: 'an injection-shaped id in a GET query string',
    request: {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(`{ entity(id: "\\"}) MATCH (n) DETACH DELETE n //") { id } }`)}`,
      headers: { 'apollo-require-preflight': 'true' },
    },
    status: 200,
    code: 'data',
  },
  ...(
    [
      ['updateEntity', `mutation { updateEntity(id: "' OR 1=1 --", input: { description: "pwned" }) { id } }`],
      ['deleteEntity', 'mutation { deleteEntity(id: "\\"}) MATCH (n) DETACH DELETE n //", hard: false) { id } }'],
      ['mergeEntities', `mutation { mergeEntities(keepId: "../../etc/passwd", mergeId: "${KNOWN}") { kept { id } } }`],
      ['linkMentions', `mutation { linkMentions(articleId: "' OR 1=1 --", text: "Balochistan") { created } }`],
    ] as const
  ).map(([name, mutation]): Omit<Case, 'group'> => ({
    name: `${name} of an injection-shaped id, as an editor`,
    request: q(mutation, undefined, { 'x-api-key': KEYS.editor }),
    status: 200,
    code: 'NOT_FOUND',
  })),
  {
    name: 'a second x-api-key smuggled in with CRLF',
    request: () =>
      Promise.resolve(
        rawPost(`mutation { deleteEntity(id: "${KNOWN}", hard: true) { id } }`, [
          `x-api-key: not-a-key`,
          `x-api-key: ${KEYS.editor}`,
        ]),
      ),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a second Authorization smuggled in with CRLF',
    request: () =>
      Promise.resolve(
        rawPost(`mutation { deleteEntity(id: "${KNOWN}", hard: true) { id } }`, [
          'authorization: Bearer forged',
          `authorization: ApiKey ${KEYS.editor}`,
        ]),
      ),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a bare CR inside a header value',
    request: () => Promise.resolve(rawPost('{ __typename }', [`x-api-key: ${KEYS.editor}\rx-role: admin`])),
    status: 400,
    code: null,
  },
  {
    name: 'a folded (obs-fold) header line',
    request: () => Promise.resolve(rawPost('{ __typename }', ['x-api-key: not-a-key', ` ${KEYS.editor}`])),
    status: 400,
    code: null,
  },
];

/** A POST /graphql written by hand, with header lines fetch would refuse. */
function rawPost(query: string, headerLines: string[]): Sent {
  const body = JSON.stringify({ query });
  return {
    raw:
      `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n${headerLines.join('\r\n')}\r\n\r\n${body}`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Pagination extremes.

const PEOPLE = (args: string) => `{ people(${args}) { totalCount edges { cursor node { id } } } }`;
const PEOPLE_VAR = 'query($first: Int, $after: String) { people(first: $first, after: $after) { totalCount } }';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

const PAGINATION: Omit<Case, 'group'>[] = [
  {
    name: 'first: -1',
    request: q(PEOPLE('first: -1')),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'first' },
  },
  { name: 'first: 0', request: q(PEOPLE('first: 0')), status: 200, code: 'data' },
  {
    name: 'first: 2^31 - 1',
    request: q(PEOPLE('first: 2147483647')),
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'query cost' },
  },
  {
    name: 'first: 2^31 inline',
    request: q(PEOPLE('first: 2147483648')),
    status: 400,
    code: 'LIMIT_EXCEEDED',
  },
  {
    name: 'first: 2^31 as a variable',
    request: q(PEOPLE_VAR, { first: 2 ** 31 }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'first: -2^31', request: q(PEOPLE('first: -2147483648')), status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'first: 101 as a variable (over MAX_PAGE_SIZE)',
    request: q(PEOPLE_VAR, { first: 101 }),
    status: 200,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'page size', max: 100 },
  },
  { name: 'first: 1e100 inline', request: q(PEOPLE('first: 1e100')), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'first: 1e100 as a variable', request: q(PEOPLE_VAR, { first: 1e100 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'first: 1.5', request: q(PEOPLE_VAR, { first: 1.5 }), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'last: -1',
    request: q(PEOPLE('last: -1')),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'last' },
  },
  { name: 'first and last', request: q(PEOPLE('first: 1, last: 1')), status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'after and before',
    request: q(PEOPLE('after: "x", before: "y"')),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a garbage cursor',
    request: q(PEOPLE('after: "garbage!!"')),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'after' },
  },
  {
    name: 'a garbage before cursor',
    request: q(PEOPLE('last: 2, before: "%%%"')),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'before' },
  },
  // An empty cursor is no cursor (core/keyset.ts: `raw ? decode : null`): the first page.
  { name: 'an empty cursor', request: q(PEOPLE('after: ""')), status: 200, code: 'data' },
  {
    name: 'a cursor of another list',
    request: q(PEOPLE_VAR, { after: encodeCursor({ key: 'balochistan', id: KNOWN }, 'places:NAME:ASC') }),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'after' },
  },
  {
    name: 'base64 of a JSON object',
    request: q(PEOPLE_VAR, { after: b64('{"key":"a","id":"b"}') }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'base64 of a cursor with an object key',
    request: q(PEOPLE_VAR, { after: b64('[{"$gt":""},"x","tag"]') }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a 100 kB cursor',
    request: q(PEOPLE_VAR, { after: b64('["a","b","' + 'c'.repeat(75_000) + '"]') }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a well-formed cursor with an injection-shaped key',
    request: q(PEOPLE_VAR, { after: encodeCursor({ key: "' OR 1=1 --", id: '"}) MATCH (n) //' }, 'people:NAME:ASC') }),
    status: 200,
    code: 'data',
  },
  {
    name: 'a well-formed events cursor with a number where a date is',
    request: q('query($a: String) { events(first: 3, after: $a) { totalCount edges { node { id } } } }', {
      a: encodeCursor({ key: 1e308, id: 'event:x' }, 'events:START_DATE:ASC'),
    }),
    status: 200,
    code: 'data',
  },
  {
    name: 'a well-formed connections cursor with a string where a count is',
    request: q(
      'query($a: String) { people(first: 3, after: $a, orderBy: { sort: CONNECTIONS }) ' +
        '{ totalCount edges { node { id } } } }',
      { a: encodeCursor({ key: 'many', id: 'person:x' }, 'people:CONNECTIONS:ASC') },
    ),
    status: 200,
    code: 'data',
  },
  {
    name: 'a search cursor of another text',
    request: q('query($a: String) { search(text: "pakistan", after: $a) { totalCount } }', {
      a: encodeCursor({ key: 1, id: KNOWN }, 'search:balochistan'),
    }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'search first: 0',
    request: q('{ search(text: "pakistan", first: 0) { totalCount } }'),
    status: 200,
    code: 'data',
  },
  {
    name: 'claims first: 101',
    request: q('{ claims(first: 101) { totalCount } }'),
    status: 200,
    code: 'LIMIT_EXCEEDED',
  },
  { name: 'articles limit: 0', request: q('{ articles(limit: 0) { id } }'), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'articles limit: 1001', request: q('{ articles(limit: 1001) { id } }'), status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'neighborhood depth: 4, limit: 2^31 - 1',
    request: q(`{ neighborhood(id: "${KNOWN}", depth: 4, limit: 2147483647) { nodes { id } } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'neighborhood limit: -1',
    request: q(`{ neighborhood(id: "${KNOWN}", limit: -1) { nodes { id } } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'paths budget: 2^31 - 1',
    request: q(`{ paths(fromId: "${KNOWN}", toId: "place:kabul", budget: 2147483647) { stoppedEarly } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'paths maxHops: 0',
    request: q(`{ paths(fromId: "${KNOWN}", toId: "place:kabul", maxHops: 0) { stoppedEarly } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'timeline limit: 2^31 - 1',
    request: q(`{ timeline(id: "${KNOWN}", limit: 2147483647) { __typename } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'nodes of 101 ids',
    request: q('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `x${i}`),
    }),
    status: 200,
    code: 'LIMIT_EXCEEDED',
  },
  { name: 'nodes of no ids', request: q('{ nodes(ids: []) { id } }'), status: 200, code: 'data' },
];

// ---------------------------------------------------------------------------------------------------------
// Date junk, in LocalDate arguments (inline and as variables), date-range logic, exports and writes.

const JUNK_DATES: [string, unknown][] = [
  ['month 13, day 45', '2025-13-45'],
  ['a word', 'yesterday'],
  ['an empty string', ''],
  ['30 February', '2025-02-30'],
  ['9999-99-99', '9999-99-99'],
  ['a 10 kB string', `2025-01-01${'9'.repeat(10_000)}`],
  ['no zero padding', '2025-1-1'],
  ['a timestamp', '2025-01-01T00:00:00Z'],
  ['no dashes', '20250101'],
  ['a leading space', ' 2025-01-01'],
  ['a negative year', '-2025-01-01'],
  ['Arabic-Indic digits', '٢٠٢٥-٠١-٠١'],
  ['a number', 20250101],
  ['an object', { $gt: '' }],
];

const DATES: Omit<Case, 'group'>[] = [
  ...JUNK_DATES.map(([name, from]): Omit<Case, 'group'> => ({
    name: `claims(from:) ${name}, as a variable`,
    request: q('query($from: LocalDate) { claims(from: $from) { totalCount } }', { from }),
    status: 400,
    code: 'BAD_USER_INPUT',
  })),
  ...JUNK_DATES.filter(([, v]) => typeof v === 'string' && v.length < 100).map(([name, to]): Omit<Case, 'group'> => ({
    name: `events(filter: { to }) ${name}, inline`,
    request: q(`{ events(filter: { to: ${JSON.stringify(to)} }) { totalCount } }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  })),
  {
    name: 'from after to',
    request: q('{ claims(from: "2025-12-31", to: "2025-01-01") { totalCount } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'to' },
  },
  {
    name: 'year 0000 to 9999',
    request: q(`{ timeline(id: "${KNOWN}", from: "0000-01-01", to: "9999-12-31") { __typename } }`),
    status: 200,
    code: 'data',
  },
  {
    name: 'eventsOverTime by day over 10 000 years',
    request: q('{ eventsOverTime(from: "0000-01-01", to: "9999-12-31", granularity: DAY) { __typename } }'),
    // The work estimate caps buckets at the field's own maximum, so that the field names its limit.
    status: 200,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'to' },
  },
  {
    name: 'an export with a junk date',
    request: { method: 'GET', path: '/export/events-over-time.csv?granularity=MONTH&from=2025-13-45&to=yesterday' },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an export with a 10 kB date',
    request: { method: 'GET', path: `/export/claim-stances.json?from=${'9'.repeat(10_000)}` },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'createEntity EVENT start of 9 kB, as an editor',
    request: q(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      { input: { kind: 'EVENT', name: 'Long date event', eventType: 'BATTLES', start: `2025${'-01'.repeat(3000)}` } },
      { 'x-api-key': KEYS.editor },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    extensions: { field: 'input.start' },
  },
  ...(['2025-13-45', 'yesterday', '2025-02-30', '9999-99-99', '', '2025-00'] as const).map(
    (start): Omit<Case, 'group'> => ({
      name: `createEntity EVENT start ${start.slice(0, 20)}, as an editor`,
      request: q(
        'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
        { input: { kind: 'EVENT', name: `Junk date event ${start.slice(0, 20)}`, eventType: 'BATTLES', start } },
        { 'x-api-key': KEYS.editor },
      ),
      status: 200,
      code: 'BAD_USER_INPUT',
    }),
  ),
  {
    name: 'createEntity EVENT ending before it starts, as an editor',
    request: q(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      {
        input: { kind: 'EVENT', name: 'Backwards event', eventType: 'BATTLES', start: '2025-06-01', end: '2024-01-01' },
      },
      { 'x-api-key': KEYS.editor },
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Type confusion: variables and literals of the wrong type.

const ENTITY_VAR = 'query($id: ID!) { entity(id: $id) { id } }';
const SEARCH_VAR = 'query($t: String!) { search(text: $t) { totalCount } }';
const TYPES: Omit<Case, 'group'>[] = [
  { name: 'a string for Int', request: q(PEOPLE_VAR, { first: '10' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a boolean for Int', request: q(PEOPLE_VAR, { first: true }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an array for Int', request: q(PEOPLE_VAR, { first: [1] }), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'an object for String',
    request: q(SEARCH_VAR, { t: { toString: 'x' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'a number for String', request: q(SEARCH_VAR, { t: 42 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an array for ID', request: q(ENTITY_VAR, { id: [KNOWN] }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an object for ID', request: q(ENTITY_VAR, { id: { id: KNOWN } }), status: 400, code: 'BAD_USER_INPUT' },
  // GraphQL's ID takes an integer as its decimal string: an ordinary lookup that finds nothing.
  { name: 'an integer for ID', request: q(ENTITY_VAR, { id: 42 }), status: 200, code: 'data' },
  { name: 'a float for ID', request: q(ENTITY_VAR, { id: 4.2 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'null for a non-null ID', request: q(ENTITY_VAR, { id: null }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a missing required variable', request: q(ENTITY_VAR, {}), status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'variables that are an array',
    request: { body: JSON.stringify({ query: ENTITY_VAR, variables: [KNOWN] }) },
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a variable on __proto__',
    request: { body: `{"query":${JSON.stringify(ENTITY_VAR)},"variables":{"__proto__":{"id":"${KNOWN}"}}}` },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable declared with the wrong type',
    request: q('query($id: String!) { entity(id: $id) { id } }', { id: KNOWN }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an enum value that does not exist (variable)',
    request: q('query($k: [EntityKind!]) { search(text: "a", kinds: $k) { totalCount } }', { k: ['HACKER'] }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an enum value in lower case (variable)',
    request: q('query($k: [EntityKind!]) { search(text: "a", kinds: $k) { totalCount } }', { k: ['person'] }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an enum value that does not exist (inline)',
    request: q('{ search(text: "a", kinds: [HACKER]) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an enum as a string literal',
    request: q('{ search(text: "a", kinds: ["PERSON"]) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a sort that does not exist',
    request: q('query($s: EntitySort) { people(orderBy: { sort: $s }) { totalCount } }', { s: 'NAME; DROP' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a number as a string literal',
    request: q(PEOPLE('first: "10"')),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an Int for a Boolean in a mutation, anonymously',
    request: q(`mutation { deleteEntity(id: "${KNOWN}", hard: 1) { id } }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an unknown input field',
    request: q('{ people(filter: { name: "a", cypher: "MATCH (n) RETURN n" }) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a bundle that is a string, as an editor',
    request: q(
      'mutation($b: JSONObject!) { ingestArticle(bundle: $b) { articleId } }',
      { b: '{}' },
      { 'x-api-key': KEYS.editor },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a bundle that is an array, as an editor',
    request: q(
      'mutation($b: JSONObject!) { ingestArticle(bundle: $b) { articleId } }',
      { b: [] },
      { 'x-api-key': KEYS.editor },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a bundle of __proto__ pollution, as an editor',
    request: {
      headers: { 'x-api-key': KEYS.editor },
      // Written as text: JSON.stringify of an object literal would drop __proto__.
      body:
        '{"query":"mutation($b: JSONObject!) { ingestArticle(bundle: $b) { articleId } }","variables":{"b":' +
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"formatVersion":1}}}',
    },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a bundle nested 100 000 deep, as an editor',
    request: qJson(
      'mutation($b: JSONObject!) { ingestArticle(bundle: $b, dryRun: true) { articleId } }',
      `{"b":{"formatVersion":1,"article":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`,
      { 'x-api-key': KEYS.editor },
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'variables nested 100 000 deep, as an editor',
    request: qJson(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      `{"input":{"kind":"PERSON","name":"Deep","aliases":${deepArray(100_000)}}}`,
      { 'x-api-key': KEYS.editor },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'variables nested 100 000 deep with an Idempotency-Key, as an editor',
    request: qJson(
      'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id } }',
      `{"input":{"kind":"PERSON","name":"Deep","aliases":${deepArray(100_000)}}}`,
      { 'x-api-key': KEYS.editor, 'idempotency-key': 'hostile-deep-variables' },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Forged credentials: every read and every write refused with 401, nothing written.

const now = () => Math.floor(Date.now() / 1000);
const secret = (s: string) => new TextEncoder().encode(s);
const hs256 = (payload: JWTPayload, key = JWT_SECRET, header: Record<string, unknown> = {}) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'HS256', ...header }).sign(secret(key));
const unsigned = (header: object, payload: object) => `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}.`;
const claims = (extra: JWTPayload = {}): JWTPayload => ({ sub: 'mallory', role: 'admin', exp: now() + 3600, ...extra });

type Credential = () => Promise<Record<string, string>>;
const bearer =
  (token: () => Promise<string> | string): Credential =>
  async () => ({ authorization: `Bearer ${await token()}` });
const header =
  (h: Record<string, string>): Credential =>
  () =>
    Promise.resolve(h);
const offByOne = (key: string) => key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a');

const FORGED: [string, Credential][] = [
  ['Bearer and nothing', header({ authorization: 'Bearer ' })],
  ['Bearer garbage', header({ authorization: 'Bearer abc.def.ghi' })],
  ['Bearer of three words', header({ authorization: 'Bearer a b' })],
  ['Bearer of raw JSON', header({ authorization: 'Bearer {"alg":"none"}' })],
  ['a JWT with alg none', bearer(() => unsigned({ alg: 'none', typ: 'JWT' }, claims()))],
  [
    'a JWT with alg none and a copied signature',
    bearer(async () => unsigned({ alg: 'none' }, claims()) + (await hs256(claims())).split('.')[2]),
  ],
  ['a JWT signed with another secret', bearer(() => hs256(claims(), OTHER_SECRET))],
  ['an expired JWT', bearer(() => hs256(claims({ exp: now() - 3600 })))],
  ['a JWT not valid yet', bearer(() => hs256(claims({ nbf: now() + 3600 })))],
  ['a JWT without exp', bearer(() => hs256({ sub: 'mallory', role: 'admin' }))],
  ['a JWT with a role that does not exist', bearer(() => hs256(claims({ role: 'superuser' })))],
  ['a JWT with a role of another case', bearer(() => hs256(claims({ role: 'Admin' })))],
  ['a JWT without sub', bearer(() => hs256({ role: 'admin', exp: now() + 3600 }))],
  [
    'a JWT signed HS512 with the right secret',
    bearer(() => new SignJWT(claims()).setProtectedHeader({ alg: 'HS512' }).sign(secret(JWT_SECRET))),
  ],
  [
    'a JWT signed RS256 with its own key',
    bearer(async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT(claims()).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    }),
  ],
  ['a JWT with a path-traversal kid', bearer(() => hs256(claims(), OTHER_SECRET, { kid: '..%2F..%2Fetc%2Fpasswd' }))],
  ['a JWT with a jku of its own', bearer(() => hs256(claims(), OTHER_SECRET, { jku: 'http://127.0.0.1:1/jwks.json' }))],
  [
    'a JWT with a tampered payload',
    bearer(async () => {
      const [h, , s] = (await hs256(claims({ role: 'reader' }))).split('.');
      return `${h}.${b64(JSON.stringify(claims()))}.${s}`;
    }),
  ],
  ['an API key one character off', header({ 'x-api-key': offByOne(KEYS.editor) })],
  ['an API key one character short', header({ 'x-api-key': KEYS.editor.slice(0, -1) })],
  ['the stored hash of an API key', header({ 'x-api-key': hashApiKey(KEYS.editor) })],
  ['an API key in the ApiKey scheme, one character off', header({ authorization: `ApiKey ${offByOne(KEYS.editor)}` })],
  ['Basic credentials', header({ authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` })],
  ['an API key and a bearer token together', header({ 'x-api-key': KEYS.editor, authorization: 'Bearer x' })],
  ['an API key of 8 kB', header({ 'x-api-key': 'k'.repeat(8_000) })],
  ['an Authorization of 8 kB', header({ authorization: `Bearer ${'a'.repeat(8_000)}` })],
  ['a Latin-1 API key', header({ 'x-api-key': 'clé-secrète-ñ' })],
];

const READ = `{ entity(id: "${KNOWN}") { id } }`;
const WRITE = `mutation { deleteEntity(id: "${KNOWN}", hard: true) { id } }`;
const withCredential =
  (query: string, credential: Credential): (() => Promise<Sent>) =>
  async () =>
    q(query, undefined, await credential());

const CREDENTIALS: Omit<Case, 'group'>[] = [
  ...FORGED.flatMap(([name, credential]): Omit<Case, 'group'>[] => [
    { name: `read with ${name}`, request: withCredential(READ, credential), status: 401, code: 'UNAUTHENTICATED' },
    {
      name: `hard delete with ${name}`,
      request: withCredential(WRITE, credential),
      status: 401,
      code: 'UNAUTHENTICATED',
    },
  ]),
  {
    name: 'a header of 64 kB (over Node’s header limit)',
    request: { body: JSON.stringify({ query: READ }), headers: { 'x-api-key': 'k'.repeat(64_000) } },
    status: 431,
    code: null,
  },
  { name: 'hard delete anonymously', request: q(WRITE), status: 401, code: 'UNAUTHENTICATED' },
  {
    name: 'createEntity anonymously',
    request: q('mutation { createEntity(input: { kind: PERSON, name: "Anonymous Writer" }) { id } }'),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'ingestArticle anonymously',
    request: q('mutation($b: JSONObject!) { ingestArticle(bundle: $b) { articleId } }', {
      b: { formatVersion: 1 },
    }),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'hard delete with a reader key',
    request: q(WRITE, undefined, { 'x-api-key': KEYS.reader }),
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'hard delete with a valid reader JWT',
    request: withCredential(
      WRITE,
      bearer(() => hs256(claims({ role: 'reader' }))),
    ),
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    name: 'a mutation over GET with a valid editor key',
    request: {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(WRITE)}`,
      headers: { 'apollo-require-preflight': 'true', 'x-api-key': KEYS.editor },
    },
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
  },
  // Controls: the real credentials work, so the refusals above are about the forgery.
  {
    name: 'control: read with the editor key',
    request: q(READ, undefined, { 'x-api-key': KEYS.editor }),
    status: 200,
    code: 'data',
  },
  {
    name: 'control: read with a valid reader JWT',
    request: withCredential(
      READ,
      bearer(() => hs256(claims({ role: 'reader' }))),
    ),
    status: 200,
    code: 'data',
  },
];

const CASES: Case[] = [
  ...BOMBS.map((c) => ({ ...c, group: 'query-shape bombs' })),
  ...LUCENE.map((c) => ({ ...c, group: 'Lucene and odd text' })),
  ...INJECTION.map((c) => ({ ...c, group: 'injection-shaped ids and headers' })),
  ...PAGINATION.map((c) => ({ ...c, group: 'pagination extremes' })),
  ...DATES.map((c) => ({ ...c, group: 'date junk' })),
  ...TYPES.map((c) => ({ ...c, group: 'type confusion' })),
  ...CREDENTIALS.map((c) => ({ ...c, group: 'forged credentials' })),
];

// ---------------------------------------------------------------------------------------------------------

/** What must never reach a client, unless the request itself carried it (an echoed value is not a leak). */
const LEAKS: (string | RegExp)[] = [
  /\n\s+at \S/,
  / {4}at /,
  /stacktrace/i,
  '/work/',
  '/tmp/',
  'node_modules',
  '.cypher',
  'Neo4jError',
  'Neo.ClientError',
  'Neo.DatabaseError',
  'Neo.TransientError',
  'MATCH (',
  'DETACH DELETE',
  'db.index.fulltext',
  'bolt://',
  'neo4j://',
  'RangeError',
  'TypeError',
  'Maximum call stack',
  KEYS.editor,
  KEYS.reader,
  JWT_SECRET,
  hashApiKey(KEYS.editor),
];

function leaksIn(text: string, sent: string): string[] {
  return LEAKS.filter((m) => {
    const inSent = typeof m === 'string' ? sent.includes(m) : m.test(sent);
    if (inSent) return false;
    return typeof m === 'string' ? text.includes(m) : m.test(text);
  }).map(String);
}

async function send(base: string, sent: Sent): Promise<Answer> {
  const started = Date.now();
  if (sent.raw !== undefined) return rawRequest(base, sent.raw, started);
  const method = sent.method ?? 'POST';
  const res = await fetch(`${base}${sent.path ?? '/graphql'}`, {
    method,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...sent.headers },
    body: method === 'POST' ? sent.body : undefined,
    signal: AbortSignal.timeout(TIMEOUT_MS + 5000),
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text, ms: Date.now() - started };
}

function rawRequest(base: string, raw: string, started: number): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(raw));
    const chunks: Buffer[] = [];
    socket.setTimeout(TIMEOUT_MS + 5000, () => socket.destroy(new Error('no answer: the server hangs')));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = response.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const contentType = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
      let text = rest.join('\r\n\r\n');
      if (/^transfer-encoding:\s*chunked/im.test(head)) text = unchunk(text);
      resolve({ status, contentType, text, ms: Date.now() - started });
    });
  });
}

function unchunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const nl = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, nl), 16);
    if (!size) return out;
    out += rest.slice(nl + 2, nl + 2 + size);
    rest = rest.slice(nl + 2 + size + 2);
  }
}

/** Nodes by label and relationships by type (idempotency keys aside: an editor's refused retry may keep one). */
async function graphCounts(): Promise<Record<string, number>> {
  const rows = await cypher(
    `CALL () { MATCH (n) WHERE NOT n:IdempotencyKey UNWIND labels(n) AS label RETURN ':' + label AS what, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN '-' + type(r) AS what, count(*) AS n }
     RETURN what, n ORDER BY what`,
  );
  return Object.fromEntries(rows.map((r) => [r.what as string, r.n as number]));
}

let server: TestApp;
let baseline: Record<string, number>;

beforeAll(async () => {
  await wipe();
  await seed(await testDb());
  server = await startTestApp({
    NODE_ENV: 'production',
    RATE_LIMIT_PER_MINUTE: '0',
    REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
    AUTH_API_KEYS: [
      formatApiKeyEntry('desk', 'editor', KEYS.editor),
      formatApiKeyEntry('bi', 'reader', KEYS.reader),
    ].join(','),
    AUTH_JWT_HS256_SECRET: JWT_SECRET,
  });
  baseline = await graphCounts();
  expect(baseline[':Entity']).toBeGreaterThan(30);
});
afterAll(async () => {
  await server?.stop();
  await closeTestDb();
});

describe.each([...new Set(CASES.map((c) => c.group))])('hostile input: %s', (group) => {
  const cases = CASES.filter((c) => c.group === group);

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const sent = typeof c.request === 'function' ? await c.request() : c.request;
    const answer = await send(server.base, sent);
    const sentText = `${sent.raw ?? ''}${sent.path ?? ''}${sent.body ?? ''}${JSON.stringify(sent.headers ?? {})}`;
    const excerpt = `${answer.status} ${answer.text.slice(0, 400)}`;

    expect(answer.ms, 'answered, not hung').toBeLessThan(HANG_MS);
    expect(answer.status, excerpt).toBe(c.status);
    expect(leaksIn(answer.text, sentText), excerpt).toEqual([]);

    if (c.code === null) {
      // Refused by Node's HTTP parser before any route: no body to speak of, and nothing in it.
      expect(answer.text.length, excerpt).toBeLessThan(200);
    } else {
      expect(answer.contentType, excerpt).toMatch(/^application\/(graphql-response\+)?json/);
      const body = JSON.parse(answer.text) as {
        data?: unknown;
        errors?: { message: unknown; extensions?: Record<string, unknown> }[];
      };
      expect(
        Object.keys(body).every((k) => ['data', 'errors', 'extensions'].includes(k)),
        excerpt,
      ).toBe(true);
      if (c.code === 'data') {
        expect(body.errors, excerpt).toBeUndefined();
        expect(body.data, excerpt).toBeTypeOf('object');
        expect(body.data, excerpt).not.toBeNull();
      } else {
        expect(body.errors?.length, excerpt).toBeGreaterThan(0);
        for (const e of body.errors ?? []) expect(typeof e.message).toBe('string');
        expect(body.errors?.[0]?.extensions, excerpt).toMatchObject({ code: c.code, ...c.extensions });
      }
    }

    // Nothing polluted in this process (the server runs in it), nothing written, and the server still answers.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await graphCounts()).toEqual(baseline);
    const alive = await send(server.base, q(READ));
    expect(alive.status).toBe(200);
    expect(JSON.parse(alive.text)).toEqual({ data: { entity: { id: KNOWN } } });
    expect(alive.ms).toBeLessThan(5000);
  });
});

describe('the cost of a search text that grows when normalised', () => {
  // The 200-character limit is checked on the text as sent; U+FDFA is one character that NFKD turns into
  // four Arabic words, so 200 of them are 800 search terms (each exact, prefix, phonetic and fuzzy).
  it('200 ligatures cost about what 200 ordinary characters do (warm plans)', async () => {
    const SEARCH = 'query($t: String!) { search(text: $t, first: 5) { totalCount } }';
    const warmTime = async (t: string) => {
      await send(server.base, q(SEARCH, { t }));
      const answer = await send(server.base, q(SEARCH, { t }));
      expect(answer.status).toBe(200);
      return answer.ms;
    };
    const ordinary = await warmTime(repeat(25, () => 'balochi').slice(0, 200));
    const ligatures = await warmTime('\uFDFA'.repeat(200));
    expect(ligatures, `ordinary text ${ordinary} ms`).toBeLessThan(Math.max(1000, ordinary * 5));
  });
});

describe('injection-shaped values a real editor writes', () => {
  it('are stored and read back as plain data, and nothing else changes', async () => {
    const name = `"}) MATCH (n) DETACH DELETE n // ' OR 1=1 -- $x \`Entity\``;
    const before = await counts();
    const created = await send(
      server.base,
      q(
        'mutation($input: CreateEntityInput!) { createEntity(input: $input) { id name aliases description } }',
        {
          input: {
            kind: 'PERSON',
            name,
            aliases: ['${process.env}', '../../etc/passwd'],
            description: '\\u0000 :Entity {}',
          },
        },
        { 'x-api-key': KEYS.editor },
      ),
    );
    const body = JSON.parse(created.text);
    expect(body.errors, created.text).toBeUndefined();
    const entity = body.data.createEntity;
    expect(entity).toMatchObject({
      name,
      aliases: ['${process.env}', '../../etc/passwd'],
      description: '\\u0000 :Entity {}',
    });
    const read = JSON.parse(
      (await send(server.base, q(ENTITY_VAR.replace('{ id }', '{ id name }'), { id: entity.id }))).text,
    );
    expect(read.data.entity).toEqual({ id: entity.id, name });
    const after = await counts();
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.relationships).toBe(before.relationships);
    const alive = JSON.parse((await send(server.base, q(READ))).text);
    expect(alive).toEqual({ data: { entity: { id: KNOWN } } });
  });
});
