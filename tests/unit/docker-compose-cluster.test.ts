import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_ENV_NAMES, loadConfig } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

// No Docker engine runs here, so docker-compose.cluster.yml (three Neo4j Enterprise servers, two API
// replicas, nginx) is checked on paper: against the Compose Specification's JSON schema, for the structure
// the cluster needs, and with compose's interpolation applied by hand to see what reaches each container.
//
// tests/fixtures/compose-spec.json is schema/compose-spec.json of github.com/compose-spec/compose-spec
// (Apache-2.0) at commit 170098ba07d9f53c383a41bfd4c5166b0a4529a6, reformatted by Prettier (same JSON).

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
// Compose files use YAML merge keys (<<: *anchor), as docker compose resolves them.
const load = (file: string) => parse(read(file), { merge: true }) as Compose;

interface Service {
  image?: string;
  build?: unknown;
  hostname?: string;
  environment?: Record<string, string>;
  env_file?: unknown;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  configs?: { source: string; target: string }[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  configs?: Record<string, { file?: string; content?: string }>;
}

/** Compose interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\$|\$\{([A-Z_][A-Z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (all, name: string, op, arg) => {
    if (all === '$$') return '$';
    const v = vars[name];
    const unset = op?.startsWith(':') ? v === undefined || v === '' : v === undefined;
    if (op === ':-' || op === '-') return unset ? (arg as string) : v!;
    if (op === ':?' || op === '?') {
      if (unset) throw new Error(`${name}: ${arg as string}`);
      return v!;
    }
    return v ?? '';
  });
}

const environment = (s: Service, vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), vars)]));

function composeValidator() {
  const schema = JSON.parse(read('tests/fixtures/compose-spec.json')) as { $schema: string };
  // The schema names draft-07 by its https address; Ajv knows draft-07 by the http one.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false });
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema });
  return ajv.compile(schema);
}

const validate = composeValidator();
const cluster = load('docker-compose.cluster.yml');
const services = cluster.services;
const names = Object.keys(services);
const neo4jNames = names.filter((n) => services[n]!.image?.startsWith('neo4j:'));
const apiNames = names.filter((n) => services[n]!.build !== undefined);
const balancerNames = names.filter((n) => services[n]!.image?.startsWith('nginx:'));
const LICENSED = { NEO4J_ACCEPT_LICENSE_AGREEMENT: 'eval' };

describe('the Compose Specification schema', () => {
  it('accepts docker-compose.cluster.yml', () => {
    expect(validate(cluster), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('accepts the existing docker-compose.yml', () => {
    const single = load('docker-compose.yml');
    expect(validate(single), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('refuses what compose would refuse (the check has teeth)', () => {
    const broken = structuredClone(cluster) as unknown as { services: Record<string, Record<string, unknown>> };
    broken.services.api1!.prots = ['4000:4000'];
    expect(validate(broken)).toBe(false);
    const badDepends = structuredClone(cluster) as unknown as { services: Record<string, Record<string, unknown>> };
    badDepends.services.api1!.depends_on = { neo4j1: { condition: 'when_ready' } };
    expect(validate(badDepends)).toBe(false);
    // Without YAML merge keys resolved, `<<` would be an unknown service field.
    expect(validate(parse(read('docker-compose.cluster.yml')))).toBe(false);
  });
});

describe('docker-compose.cluster.yml', () => {
  it('has three Neo4j 5.26 Enterprise servers, two API replicas and one nginx, nothing else', () => {
    expect(neo4jNames).toHaveLength(3);
    expect(apiNames).toHaveLength(2);
    expect(balancerNames).toHaveLength(1);
    expect(names.sort()).toEqual([...neo4jNames, ...apiNames, ...balancerNames].sort());
    for (const n of neo4jNames) expect(services[n]!.image, n).toBe('neo4j:5.26-enterprise');
  });

  it('forms one cluster: every server lists all three on port 5000 and advertises itself there', () => {
    const endpoints = neo4jNames.map((n) => `${n}:5000`);
    for (const n of neo4jNames) {
      const s = services[n]!;
      const env = environment(s, LICENSED);
      expect(s.hostname, n).toBe(n);
      expect(env.NEO4J_ACCEPT_LICENSE_AGREEMENT, n).toBe('eval');
      expect(env.NEO4J_initial_dbms_default__primaries__count, n).toBe('3');
      expect(env.NEO4J_dbms_cluster_discovery_endpoints!.split(',').sort(), n).toEqual([...endpoints].sort());
      expect(env.NEO4J_server_discovery_advertised__address, n).toBe(`${n}:5000`);
      expect(env.NEO4J_server_cluster_advertised__address, n).toBe(`${n}:6000`);
      expect(env.NEO4J_server_cluster_raft_advertised__address, n).toBe(`${n}:7000`);
      expect(env.NEO4J_server_routing_advertised__address, n).toBe(`${n}:7688`);
      expect(env.NEO4J_server_bolt_advertised__address, n).toBe(`${n}:7687`);
      expect(env.NEO4J_server_default__advertised__address, n).toBe(n);
      // Settings in env form: NEO4J_ then the setting with . as _ and _ as __.
      for (const key of Object.keys(env)) expect(key, n).toMatch(/^NEO4J_([A-Za-z0-9]+(__[A-Za-z0-9]+)*_?)+$/);
      expect(s.healthcheck!.test.join(' '), n).toContain('cypher-shell');
      // A store of its own, declared at the top level.
      const [volume] = s.volumes![0]!.split(':');
      expect(Object.keys(cluster.volumes ?? {}), n).toContain(volume);
    }
    const volumes = neo4jNames.map((n) => services[n]!.volumes![0]!.split(':')[0]);
    expect(new Set(volumes).size).toBe(3);
  });

  it('does not start Enterprise until the licence is accepted, and gives every server the same credentials', () => {
    expect(() => environment(services[neo4jNames[0]!]!, {})).toThrow(/NEO4J_ACCEPT_LICENSE_AGREEMENT/);
    const auths = neo4jNames.map((n) => environment(services[n]!, LICENSED).NEO4J_AUTH);
    expect(new Set(auths)).toEqual(new Set(['neo4j/khabar-dev-password']));
  });

  it('builds the API replicas from the Dockerfile, with an optional .env, once every server is healthy', () => {
    expect(fs.existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
    for (const n of apiNames) {
      const s = services[n]!;
      expect(s.build, n).toBe('.');
      expect(s.env_file, n).toEqual([{ path: '.env', required: false }]);
      const depends = Object.keys(s.depends_on ?? {});
      expect(depends.sort(), n).toEqual([...neo4jNames].sort());
      for (const d of depends) {
        expect(names, `${n} depends on ${d}`).toContain(d);
        expect(s.depends_on![d]!.condition, `${n} → ${d}`).toBe('service_healthy');
      }
    }
    const lb = services[balancerNames[0]!]!;
    for (const d of Object.keys(lb.depends_on ?? {})) expect(names).toContain(d);
    expect(Object.keys(lb.depends_on ?? {}).sort()).toEqual([...apiNames].sort());
  });

  it('points each replica at the cluster through a routing neo4j:// URI that khabar accepts', () => {
    const dotEnv = { NEO4J_USER: 'ops', NEO4J_PASSWORD: 'a-better-password', NEO4J_URI: 'bolt://elsewhere:7687' };
    const seeding: boolean[] = [];
    for (const n of apiNames) {
      const env = environment(services[n]!, {});
      expect(
        Object.keys(env).filter((k) => !(CONFIG_ENV_NAMES as string[]).includes(k)),
        n,
      ).toEqual([]);
      const config = loadConfig(env);
      expect(config.neo4j.uri, n).toMatch(/^neo4j:\/\//);
      const host = new URL(config.neo4j.uri!).hostname;
      expect(neo4jNames, n).toContain(host);
      expect(`${config.neo4j.user}/${config.neo4j.password}`).toBe(
        environment(services[neo4jNames[0]!]!, LICENSED).NEO4J_AUTH,
      );
      expect(config.port, n).toBe(4000);
      expect(config.http.trustProxy, n).toBe(1);
      seeding.push(config.seedOnStart);
      // A .env written for docker-compose.yml does not move the replicas off the cluster (environment wins
      // over env_file), while its credentials reach servers and replicas alike.
      const withDotEnv = { ...dotEnv, ...environment(services[n]!, dotEnv) };
      expect(withDotEnv.NEO4J_URI, n).toBe(config.neo4j.uri);
      expect(`${withDotEnv.NEO4J_USER}/${withDotEnv.NEO4J_PASSWORD}`).toBe(
        environment(services[neo4jNames[0]!]!, { ...LICENSED, ...dotEnv }).NEO4J_AUTH,
      );
    }
    // Seeding takes no lock: exactly one replica may load the seed into an empty graph.
    expect(seeding.filter(Boolean)).toHaveLength(1);
  });

  it('publishes only the balancer, on the API port', () => {
    const publishing = names.filter((n) => services[n]!.ports?.length);
    expect(publishing).toEqual(balancerNames);
    expect(services[balancerNames[0]!]!.ports).toEqual(['4000:80']);
  });
});

describe('the nginx configuration', () => {
  const lb = services[balancerNames[0]!]!;
  const mount = lb.configs!.find((c) => c.target === '/etc/nginx/nginx.conf')!;
  const file = cluster.configs![mount.source]!.file!;
  const conf = read(file)
    .split('\n')
    .map((l) => l.replace(/#.*$/, ''))
    .join('\n');

  /** The directives of `location <path> { … }` (no nested blocks inside locations here). */
  const location = (p: string) => new RegExp(`location\\s+${p}\\s*\\{([^}]*)\\}`).exec(conf)?.[1] ?? '';
  const headersOf = (block: string) => [...block.matchAll(/proxy_set_header\s+(\S+)\s+([^;]+);/g)];

  it('is mounted from the repository and sends traffic to both replicas on their port', () => {
    expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(conf)!;
    const servers = [...upstream[2]!.matchAll(/server\s+([\w.-]+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers.sort()).toEqual(apiNames.map((n) => `${n}:4000`).sort());
    expect(conf).toMatch(/listen\s+80;/);
    for (const p of ['/graphql', '/']) expect(location(p)).toContain(`proxy_pass http://${upstream[1]};`);
  });

  it('passes the WebSocket upgrade on /graphql (graphql-ws subscriptions)', () => {
    expect(conf).toMatch(/proxy_http_version\s+1\.1;/);
    expect(conf).toMatch(/map\s+\$http_upgrade\s+\$connection_upgrade\s*\{[^}]*default\s+upgrade;/);
    const graphql = location('/graphql');
    const headers = new Map(headersOf(graphql).map((m) => [m[1]!.toLowerCase(), m[2]!.trim()]));
    expect(headers.get('upgrade')).toBe('$http_upgrade');
    expect(headers.get('connection')).toBe('$connection_upgrade');
    // Long enough for a quiet subscription (nginx's default would close it after 60 s).
    expect(graphql).toMatch(/proxy_read_timeout\s+1h;/);
  });

  it('forwards Khabar-Bookmark both ways, and the client address, in every location that proxies', () => {
    // A location that sets any proxy_set_header inherits none from the server block: each must list them.
    for (const p of ['/graphql', '/']) {
      const headers = new Map(headersOf(location(p)).map((m) => [m[1]!.toLowerCase(), m[2]!.trim()]));
      expect(headers.get('khabar-bookmark'), p).toBe('$http_khabar_bookmark');
      expect(headers.get('x-forwarded-for'), p).toBe('$proxy_add_x_forwarded_for');
      expect(headers.get('host'), p).toBe('$host');
    }
    expect(conf).toMatch(/proxy_pass_header\s+Khabar-Bookmark;/);
    // nginx drops request headers with underscores unless told otherwise; the bookmark header has none.
    expect('Khabar-Bookmark').not.toContain('_');
  });
});

describe('docs/deploy.md', () => {
  const doc = read('docs/deploy.md');

  it('is linked from the README, at an anchor that exists', () => {
    const readme = read('README.md');
    const anchors = [...doc.matchAll(/^#+\s+(.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, '')
        .replace(/ /g, '-'),
    );
    const links = [...readme.matchAll(/\(docs\/deploy\.md(?:#([^)]+))?\)/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, anchor] of links) if (anchor) expect(anchors).toContain(anchor);
  });

  it('names only settings that src/core/config.ts reads, with its defaults', () => {
    const table = /^## The settings that matter\n([\s\S]*?)^## /m.exec(doc)?.[1] ?? '';
    const rows = [...table.matchAll(/^\| `([A-Z0-9_]+)` \| `?([^`|]*)`? \|/gm)];
    expect(rows.length).toBeGreaterThan(8);
    const defaults = loadConfig({});
    const byName: Record<string, unknown> = {
      NEO4J_DATABASE: defaults.neo4j.database,
      NEO4J_USER: defaults.neo4j.user,
      NEO4J_MAX_POOL_SIZE: defaults.neo4j.pool.maxSize,
      NEO4J_MAX_CONNECTION_LIFETIME_MS: defaults.neo4j.pool.maxLifetimeMs,
      NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS: defaults.neo4j.pool.acquisitionTimeoutMs,
      NEO4J_BOOKMARK_WAIT_MS: defaults.neo4j.bookmarkWaitMs,
      REQUEST_TIMEOUT_MS: defaults.http.requestTimeoutMs,
      TRUST_PROXY: defaults.http.trustProxy,
      RATE_LIMIT_PER_MINUTE: defaults.http.rateLimitPerMinute,
      IDEMPOTENCY_TTL_HOURS: defaults.http.idempotencyTtlHours,
    };
    for (const [, name, value] of rows) {
      expect(CONFIG_ENV_NAMES as string[], name).toContain(name);
      if (name! in byName) expect(value!.trim(), name).toBe(String(byName[name!]));
    }
    // Every variable the guide names (in backticks, or set with =) is khabar's or the Neo4j image's.
    const mentioned = new Set([...doc.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]+)[`=]|\b([A-Z][A-Z0-9]*_[A-Z0-9_]+)=/g)]);
    // Error codes (SERVICE_UNAVAILABLE) and Neo4j values (V2_ONLY) look alike: keep the settings' families.
    const families = new Set(CONFIG_ENV_NAMES.map((n) => n.split('_')[0]));
    const names = [...mentioned].map((m) => (m[1] ?? m[2])!).filter((n) => families.has(n.split('_')[0]));
    expect(names).toContain('NEO4J_BOOKMARK_WAIT_MS');
    const neo4jImage = ['NEO4J_AUTH', 'NEO4J_ACCEPT_LICENSE_AGREEMENT'];
    for (const name of names) expect([...(CONFIG_ENV_NAMES as string[]), ...neo4jImage], name).toContain(name);
  });
});
