import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDb, wipe } from '../support/test-db';
import { startTestApp, type TestApp } from '../support/http-app';

// GraphQL answers and the static files (GraphiQL's bundle, the explorer) go out compressed, brotli or gzip
// as the client accepts; small answers stay as they are. (Exports: tests/integration/export-routes.test.ts.)

describe('compression', () => {
  let server: TestApp;
  beforeAll(async () => {
    await wipe();
    server = await startTestApp();
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  const INTROSPECTION = JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' });

  it.each(['br', 'gzip'])('compresses GraphQL responses with %s', async (encoding) => {
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
      body: INTROSPECTION,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await res.json()).data.__schema.types.length).toBeGreaterThan(20);
  });

  it('leaves small answers and clients that accept nothing alone', async () => {
    const small = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.headers.get('content-encoding')).toBeNull();
    const identity = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: INTROSPECTION,
    });
    expect(identity.headers.get('content-encoding')).toBeNull();
  });

  it.each([
    '/graphiql/vendor/graphiql.min.js',
    '/graphiql/vendor/graphiql.min.css',
    '/explorer/explorer.js',
    '/graphiql',
  ])('compresses the static file %s', async (path) => {
    const res = await fetch(`${server.base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
  });
});
