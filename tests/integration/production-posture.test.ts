import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDb, wipe } from '../support/test-db';
import { post, startTestApp, type TestApp } from '../support/http-app';

// What a production deployment shows strangers: no schema (introspection and "Did you mean …?" off unless
// INTROSPECTION=true), nothing of the schema to an anonymous caller when reads need a credential, helmet's
// headers under a policy the pages still load with, and CORS for the allow-listed origins only.

const KEY = 'a-long-random-key-for-the-posture-test';
const keyEntry = `dashboards:reader:${createHash('sha256').update(KEY).digest('hex')}`;
const ALLOWED = 'https://dash.example.org';

const errorsOf = async (res: Response) =>
  ((await res.json()) as { errors?: { message: string; extensions: { code: string } }[] }).errors ?? [];

describe('production defaults', () => {
  let server: TestApp;
  beforeAll(async () => {
    await wipe();
    server = await startTestApp({ NODE_ENV: 'production', CORS_ORIGINS: `${ALLOWED}, http://localhost:3000` });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const res = await post(server.base, { query });
      expect(res.status).toBe(400);
      const [error] = await errorsOf(res);
      expect(error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error?.message).toMatch(/introspection is not allowed/i);
    }
  });

  it('hides field suggestions', async () => {
    const res = await post(server.base, { query: '{ entiti(id: "x") { name } deleteEntit }' });
    expect(res.status).toBe(400);
    const text = JSON.stringify(await errorsOf(res));
    expect(text).toContain('Cannot query field');
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toMatch(/"entity"|deleteEntity/);
  });

  it('offers no IDE: a browser asking /graphql gets a JSON error, not a page', async () => {
    const res = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${server.base}/graphiql`)).status).toBe(404);
  });

  it("sends helmet's headers and a Content-Security-Policy, and no X-Powered-By", async () => {
    const res = await post(server.base, { query: '{ __typename }' });
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // The explorer keeps its own, stricter policy.
    const explorer = await fetch(`${server.base}/explorer`);
    expect(explorer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers the preflight of an allowed origin, and sends its CORS headers', async () => {
    const preflight = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-api-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type.*x-api-key/);
    expect(preflight.headers.get('vary')).toMatch(/origin/i);
    const res = await post(server.base, { query: '{ __typename }' }, { origin: ALLOWED });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/retry-after/);
    const exported = await fetch(`${server.base}/export/summary.json`, { headers: { origin: ALLOWED } });
    expect(exported.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('sends no CORS headers to any other origin', async () => {
    for (const origin of ['https://evil.example', 'https://dash.example.org.evil.example', 'null']) {
      const preflight = await fetch(`${server.base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(preflight.headers.get('access-control-allow-methods'), origin).toBeNull();
      const res = await post(server.base, { query: '{ __typename }' }, { origin });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('production with INTROSPECTION=true and IDE=sandbox', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ NODE_ENV: 'production', INTROSPECTION: 'true', IDE: 'sandbox' });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it('answers introspection and suggests fields', async () => {
    const res = await post(server.base, { query: '{ __schema { queryType { name } } }' });
    expect(await res.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const typo = await errorsOf(await post(server.base, { query: '{ entiti(id: "x") { name } }' }));
    expect(typo[0]?.message).toContain('Did you mean "entity"');
  });

  it("serves Apollo Sandbox under Apollo's own policy (a second header would block its CDN)", async () => {
    const res = await fetch(`${server.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toMatch(/embeddable-sandbox/);
    expect(html).toMatch(/http-equiv="Content-Security-Policy"/);
  });
});

describe('reads that need a credential', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp({ AUTH_READS_REQUIRE_AUTH: 'true', AUTH_API_KEYS: keyEntry });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it('tell an anonymous caller nothing about the schema, whatever it sends', async () => {
    const queries = [
      '{ deleteEntit }',
      'mutation { deleteEntit(id: "x") }',
      '{ entiti(id: "x") { name } }',
      '{ __schema { types { name } } }',
    ];
    for (const query of queries) {
      const res = await post(server.base, { query });
      expect(res.status, query).toBe(401);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(text, query).not.toMatch(/Did you mean|deleteEntity|"entity"|Cannot query field|__schema|Query/);
    }
    const get = await fetch(`${server.base}/graphql?query=${encodeURIComponent('{ deleteEntit }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    expect(await get.text()).not.toMatch(/deleteEntity/);
  });

  it('still tell a caller with a refused key why, and nothing more', async () => {
    const res = await post(server.base, { query: '{ deleteEntit }' }, { 'x-api-key': 'not-a-key-this-server-knows' });
    expect(res.status).toBe(401);
    const text = await res.text();
    expect(text).toContain('unknown API key');
    expect(text).not.toMatch(/deleteEntity/);
  });

  it('help a caller with a credential as usual (development: suggestions on)', async () => {
    const res = await post(server.base, { query: 'mutation { deleteEntit(id: "x") }' }, { 'x-api-key': KEY });
    expect(res.status).toBe(400);
    const [error] = await errorsOf(res);
    expect(error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toContain('Did you mean "deleteEntity"');
  });
});
