import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { closeTestDb, counts, wipe } from '../support/test-db';

// The whole start path against an external Neo4j (NEO4J_URI set): nothing local is started.
describe('HTTP server started like `npm start` with NEO4J_URI', () => {
  let app: StartedApp;
  let base: string;

  beforeAll(async () => {
    await wipe();
    const config = loadConfig({ NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1' });
    app = await startApp(config, createLogger('silent'));
    base = `http://127.0.0.1:${app.server.port}`;
  });
  afterAll(async () => {
    await app?.stop();
    await closeTestDb();
  });

  it('starts no local Neo4j and seeds the empty graph', async () => {
    expect(app.local).toBeUndefined();
    expect((await counts()).nodes).toBeGreaterThan(0);
  });

  it('answers a GraphQL POST over HTTP', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "person:khawaja-muhammad-asif") { name } }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { entity: { name: 'Khawaja Muhammad Asif' } } });
  });

  it('serves GraphiQL (from this server, no CDN) as the landing page in development', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphiql/vendor/graphiql.min.js');
    expect(html).not.toMatch(/src="https?:|href="https?:/);
  });

  it('reports liveness and readiness separately, /health being readiness', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: 'ok', neo4j: 'up' });
    const res = await fetch(`${base}/health`);
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });
});
