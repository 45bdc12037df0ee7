import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKENS } from '../../src/api/query-limits';
import { closeTestDb, wipe } from '../support/test-db';
import { startTestApp, type TestApp } from '../support/http-app';

// Every client mistake answers 4xx with a GraphQL-shaped JSON body and a stable extensions.code: never
// Express's HTML page, never a stack trace, never a 500, in every NODE_ENV.

interface Case {
  name: string;
  status: number;
  code: string;
  request(base: string): Promise<Response>;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const json =
  (body: string, headers: Record<string, string> = {}) =>
  (base: string) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const query = (q: string, variables?: unknown) => json(JSON.stringify({ query: q, variables }));
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(' ');

const CASES: Case[] = [
  { name: 'syntax error', status: 400, code: 'GRAPHQL_PARSE_FAILED', request: query('{ entity(id: ') },
  { name: 'unknown field', status: 400, code: 'GRAPHQL_VALIDATION_FAILED', request: query('{ nonsense }') },
  {
    name: 'variable of the wrong type',
    status: 400,
    code: 'BAD_USER_INPUT',
    request: query('query ($id: ID!) { entity(id: $id) { name } }', { id: { not: 'an id' } }),
  },
  {
    name: 'token flood',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'tokens', max: MAX_TOKENS },
    request: query(`{ ${repeat(MAX_TOKENS + 10, () => '__typename')} }`),
  },
  {
    name: 'alias flood',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'aliases' },
    request: query(`{ ${repeat(200, (i) => `a${i}: graphSummary { people }`)} }`),
  },
  {
    name: 'field duplication',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'query cost' },
    request: query(`{ graphSummary { ${repeat(3900, () => 'people')} } }`),
  },
  {
    name: 'directive flood',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'directives' },
    request: query(`{ graphSummary { people ${repeat(80, () => '@include(if: true)')} } }`),
  },
  {
    name: 'depth',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'query depth' },
    request: query(`{ entity(id: "x") { ... on Event { ${'partOf { '.repeat(12)}name${' }'.repeat(12)} } } }`),
  },
  {
    // A short document asking for 1,000 daily buckets × 100 series: armor's field count passes it, the work
    // does not.
    name: 'work (1,000 days by 100 series)',
    status: 400,
    code: 'LIMIT_EXCEEDED',
    extensions: { limit: 'work', max: 50_000, actual: 100_000 + 3 },
    request: query(`{ eventsOverTime(from: "2023-01-01", to: "2025-09-26", granularity: DAY, limit: 100) {
      series { key counts } } }`),
  },
  { name: 'malformed JSON', status: 400, code: 'BAD_REQUEST', request: json('{"query": "{ __typename }"') },
  { name: 'JSON that is not an object', status: 400, code: 'BAD_REQUEST', request: json('"{ __typename }"') },
  {
    name: 'a batch (batching is off)',
    status: 400,
    code: 'BAD_REQUEST',
    request: json('[{"query":"{ __typename }"}]'),
  },
  { name: 'no query', status: 400, code: 'BAD_REQUEST', request: json('{}') },
  {
    name: 'variables as a string',
    status: 400,
    code: 'BAD_REQUEST',
    request: json('{"query":"{ __typename }","variables":"{}"}'),
  },
  {
    name: 'a body over 2 MB',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    request: query(`{ __typename } # ${'x'.repeat(2_200_000)}`),
  },
  {
    name: 'an unknown charset',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    request: json('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=klingon' }),
  },
  {
    name: 'text/plain (a form a browser could send cross-site)',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    request: json('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
  },
  {
    name: 'form-encoded',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    request: json('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }),
  },
  {
    name: 'POST without a content type',
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    request: (base) => fetch(`${base}/graphql`, { method: 'POST', body: new Uint8Array([123, 125]) }),
  },
  ...['PUT', 'DELETE', 'PATCH'].map((method): Case => ({
    name: `${method} /graphql`,
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    headers: { allow: 'GET, POST' },
    request: (base) =>
      fetch(`${base}/graphql`, { method, headers: { 'content-type': 'application/json' }, body: '{}' }),
  })),
  {
    name: 'a mutation over GET',
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    headers: { allow: 'POST' },
    request: (base) =>
      fetch(`${base}/graphql?query=${encodeURIComponent('mutation { restoreEntity(id: "x") { id } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
  },
  {
    name: 'a GET without CSRF protection headers',
    status: 400,
    code: 'BAD_REQUEST',
    request: (base) => fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`),
  },
  {
    name: 'GET variables that are not JSON',
    status: 400,
    code: 'BAD_REQUEST',
    request: (base) =>
      fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}&variables={oops`, {
        headers: { 'apollo-require-preflight': 'true' },
      }),
  },
  { name: 'an unknown path', status: 404, code: 'NOT_FOUND', request: (base) => fetch(`${base}/graphql2`) },
  {
    name: 'an unknown export',
    status: 404,
    code: 'NOT_FOUND',
    request: (base) => fetch(`${base}/export/everything.csv`),
  },
  {
    name: 'a bad export parameter',
    status: 400,
    code: 'BAD_USER_INPUT',
    extensions: { parameter: 'granularity' },
    request: (base) => fetch(`${base}/export/events-over-time.csv?granularity=fortnight&from=2025-01-01&to=2025-02-01`),
  },
  {
    name: 'POST to an export',
    status: 405,
    code: 'METHOD_NOT_ALLOWED',
    headers: { allow: 'GET, HEAD' },
    request: (base) => fetch(`${base}/export/summary.csv`, { method: 'POST' }),
  },
];

describe.each(['development', 'production', 'test'])('client mistakes with NODE_ENV=%s', (env) => {
  let server: TestApp;

  beforeAll(async () => {
    await wipe();
    server = await startTestApp({ NODE_ENV: env, LOG_FORMAT: 'json' });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s → its 4xx, as GraphQL-shaped JSON', async (_name, c) => {
    const res = await c.request(server.base);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(c.status);
    expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    for (const [name, value] of Object.entries(c.headers ?? {})) expect(res.headers.get(name)).toBe(value);
    expect(text).not.toMatch(/^\s*</);
    expect(text).not.toMatch(/stacktrace|\n\s+at .+:\d+:\d+/);
    const body = JSON.parse(text) as { errors: { message: unknown; extensions: Record<string, unknown> }[] };
    expect(Object.keys(body)).toContain('errors');
    expect(body.errors.length).toBeGreaterThan(0);
    expect(typeof body.errors[0]!.message).toBe('string');
    expect(body.errors[0]!.extensions).toMatchObject({ code: c.code, ...c.extensions });
  });
});
