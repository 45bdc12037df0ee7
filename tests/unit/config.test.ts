import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_ENV_NAMES, ConfigError, loadConfig } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

describe('config module', () => {
  it('has working defaults: embedded Neo4j under ./data/neo4j, port 4000, GraphiQL in development', () => {
    const c = loadConfig({}, '/srv/khabar');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.localNeo4j.dataDir).toBe('/srv/khabar/data/neo4j');
    expect(c.port).toBe(4000);
    expect(c.ide).toBe('graphiql');
    expect(c.introspection).toBe(true);
    expect(c.http).toEqual({
      corsOrigins: [],
      trustProxy: 0,
      requestTimeoutMs: 10_000,
      rateLimitPerMinute: 600,
      idempotencyTtlHours: 24,
    });
    expect(c.tracing.otlpEndpoint).toBeUndefined();
  });

  it('in production turns introspection, field suggestions and the IDE off unless asked for', () => {
    const p = loadConfig({ NODE_ENV: 'production' });
    expect(p.ide).toBe('none');
    expect(p.introspection).toBe(false);
    const asked = loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', IDE: 'sandbox' });
    expect(asked.introspection).toBe(true);
    expect(asked.ide).toBe('sandbox');
    expect(loadConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('reads the CORS allow-list and refuses entries that are not bare origins', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://dash.example.org, http://localhost:3000' });
    expect(c.http.corsOrigins).toEqual(['https://dash.example.org', 'http://localhost:3000']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://dash.example.org/app' })).toThrow(/CORS_ORIGINS.*not an origin/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(ConfigError);
  });

  it('validates the timeout, rate limit and tracing settings, and names the retired SANDBOX', () => {
    const c = loadConfig({
      REQUEST_TIMEOUT_MS: '2500',
      RATE_LIMIT_PER_MINUTE: '0',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
    });
    expect(c.http.requestTimeoutMs).toBe(2500);
    expect(c.http.rateLimitPerMinute).toBe(0);
    expect(c.tracing).toEqual({ otlpEndpoint: 'http://collector:4318', serviceName: 'khabar' });
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '5' })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(() => loadConfig({ IDE: 'vim' })).toThrow(/IDE/);
    expect(() => loadConfig({ SANDBOX: 'true' })).toThrow(/SANDBOX: replaced by IDE/);
  });

  it('treats an empty NEO4J_URI as unset and accepts neo4j:// and bolt:// URIs', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687' }).neo4j.uri).toBe('neo4j+s://db.example:7687');
  });

  it('accepts routing (neo4j://, neo4j+s://) and direct (bolt://) URIs, with or without TLS, and no other', () => {
    for (const uri of [
      'neo4j://core1.example:7687',
      'neo4j+s://abcd1234.databases.neo4j.io',
      'neo4j+ssc://10.0.0.5:7687',
      'bolt://127.0.0.1:7687',
      'bolt+s://db.example:7687',
    ]) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
    for (const uri of ['http://db.example:7474', 'neo4j://', 'neo4j+x://db.example', 'db.example:7687']) {
      expect(() => loadConfig({ NEO4J_URI: uri }), uri).toThrow(/NEO4J_URI/);
    }
  });

  it('has pool, connection lifetime, acquisition and bookmark-wait settings with sane defaults and bounds', () => {
    const c = loadConfig({});
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.neo4j.pool).toEqual({ maxSize: 50, maxLifetimeMs: 3_600_000, acquisitionTimeoutMs: 5000 });
    expect(c.neo4j.bookmarkWaitMs).toBe(5000);
    const set = loadConfig({
      NEO4J_DATABASE: 'desk-karachi',
      NEO4J_MAX_POOL_SIZE: '20',
      NEO4J_MAX_CONNECTION_LIFETIME_MS: '900000',
      NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: '2000',
      NEO4J_BOOKMARK_WAIT_MS: '1500',
    });
    expect(set.neo4j.database).toBe('desk-karachi');
    expect(set.neo4j.pool).toEqual({ maxSize: 20, maxLifetimeMs: 900_000, acquisitionTimeoutMs: 2000 });
    expect(set.neo4j.bookmarkWaitMs).toBe(1500);
    expect(() => loadConfig({ NEO4J_MAX_POOL_SIZE: '0' })).toThrow(/NEO4J_MAX_POOL_SIZE/);
    expect(() => loadConfig({ NEO4J_MAX_CONNECTION_LIFETIME_MS: '10' })).toThrow(/NEO4J_MAX_CONNECTION_LIFETIME_MS/);
    expect(() => loadConfig({ NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: 'soon' })).toThrow(
      /NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ NEO4J_BOOKMARK_WAIT_MS: '-1' })).toThrow(/NEO4J_BOOKMARK_WAIT_MS/);
    expect(() => loadConfig({ NEO4J_DATABASE: '' })).toThrow(/NEO4J_DATABASE/);
  });

  it('rejects bad values with a message naming each variable', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', SEED_ON_START: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('NEO4J_URI');
      expect(msg).toContain('SEED_ON_START');
    }
  });

  it('is the only module in src/ that reads process.env', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && fs.readFileSync(p, 'utf8').includes('process.env'))
          hits.push(path.relative(process.cwd(), p));
      }
    };
    walk(path.join(ROOT, 'src'));
    expect(hits).toEqual(['src/core/config.ts']);
  });

  it('.env.example lists every variable the config reads, and nothing else', () => {
    const text = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const names = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(names)].sort()).toEqual([...CONFIG_ENV_NAMES].sort());
  });
});
