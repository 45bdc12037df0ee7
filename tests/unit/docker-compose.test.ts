import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_ENV_NAMES, loadConfig } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

// No Docker engine runs here, so the compose file and Dockerfile are checked for structure, and compose's
// own rules (env_file, then `environment` with ${VAR:-default} read from .env) are applied by hand to see
// which settings reach the container.
const root = ROOT;
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const compose = parse(read('docker-compose.yml'));
const dockerfile = read('Dockerfile');
const api = compose.services.api;

/** Variables a .env file sets: NAME=value lines; comments and blank lines set nothing (as in compose). */
function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.trim();
  }
  return out;
}

/** Compose interpolation: ${VAR}, ${VAR:-default} (default when unset or empty), ${VAR-default}, $$. */
function interpolate(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\$|\$\{([A-Z_][A-Z0-9_]*)(?:(:?-)([^}]*))?\}/g, (all, name, op, fallback) => {
    if (all === '$$') return '$';
    const v = vars[name as string];
    if (op === ':-') return v === undefined || v === '' ? fallback : v;
    if (op === '-') return v === undefined ? fallback : v;
    return v ?? '';
  });
}

/** The API container's environment for a given .env (undefined: no .env file). */
function containerEnv(dotEnv: Record<string, string> | undefined): Record<string, string> {
  const files = (api.env_file as { path: string; required: boolean }[]).filter((f) => f.path === '.env');
  const fromFile = dotEnv && files.length ? dotEnv : {};
  const vars = dotEnv ?? {};
  const fromCompose = Object.fromEntries(
    Object.entries(api.environment as Record<string, string>).map(([k, v]) => [k, interpolate(String(v), vars)]),
  );
  return { ...fromFile, ...fromCompose };
}

const exampleNames = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with auth from env, a named volume and a healthcheck', () => {
    const neo = compose.services.neo4j;
    expect(neo.image).toBe('neo4j:5.26-community');
    expect(neo.environment.NEO4J_AUTH).toMatch(/\$\{NEO4J_USER[^}]*\}\/\$\{NEO4J_PASSWORD[^}]*\}/);
    const [volume] = neo.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo.healthcheck.retries).toBeGreaterThan(0);
  });

  it('starts the API from the Dockerfile only once Neo4j is healthy, reading an optional .env', () => {
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.env_file).toEqual([{ path: '.env', required: false }]);
    expect(api.ports).toEqual(['${PORT:-4000}:${PORT:-4000}']);
  });

  it('without a .env, runs production against its own Neo4j with matching credentials, GraphiQL on', () => {
    const env = containerEnv(undefined);
    const config = loadConfig(env);
    expect(config.env).toBe('production');
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.port).toBe(4000);
    expect(config.host).toBe('0.0.0.0');
    expect(config.ide).toBe('graphiql');
    expect(config.seedOnStart).toBe(true);
    const auth = interpolate(compose.services.neo4j.environment.NEO4J_AUTH, {});
    expect(`${config.neo4j.user}/${config.neo4j.password}`).toBe(auth);
    // Only variables the config module knows.
    expect(Object.keys(env).filter((n) => !(CONFIG_ENV_NAMES as string[]).includes(n))).toEqual([]);
  });

  it('with .env.example copied to .env as it is, changes nothing (every line is a commented default)', () => {
    expect(containerEnv(parseDotEnv(read('.env.example')))).toEqual(containerEnv(undefined));
  });

  it('passes every variable .env.example lists to the container when it is set in .env', () => {
    expect(exampleNames.length).toBeGreaterThan(30);
    for (const name of exampleNames) {
      const value = `value-of-${name.toLowerCase()}`;
      const env = containerEnv({ [name]: value });
      expect(env[name], name).toBe(value);
    }
    // And Neo4j gets the same credentials as the API.
    const dotEnv = { NEO4J_USER: 'ops', NEO4J_PASSWORD: 'a-better-password' };
    expect(interpolate(compose.services.neo4j.environment.NEO4J_AUTH, dotEnv)).toBe('ops/a-better-password');
    expect(containerEnv(dotEnv)).toMatchObject(dotEnv);
  });
});

describe('Dockerfile', () => {
  const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]!);

  it('builds and runs on Node 24, the current LTS, in every stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const image of stages) expect(image).toMatch(/^node:24-/);
  });

  it('runs as a non-root user and ships what the app reads at run time, seed texts included', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    for (const dir of ['cypher', 'schema', 'data/articles', 'public', 'docs/examples.graphql']) {
      expect(dockerfile).toContain(`COPY ${dir} ./${dir}`);
      expect(fs.existsSync(path.join(root, dir))).toBe(true);
    }
    expect(dockerfile).toContain('npm ci --omit=dev');
    // The seed's article texts are not kept out of the build context.
    const texts = fs.readdirSync(path.join(root, 'data', 'articles')).filter((f) => f.endsWith('.txt'));
    expect(texts.length).toBeGreaterThan(0);
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const pattern of ignored) expect(pattern).not.toMatch(/^(data\/?|data\/articles|\*\.txt|\*\*\/\*\.txt)$/);
  });

  it('checks health against readiness, on the configured port', () => {
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*process\.env\.PORT[\s\S]*\/health\/ready/);
  });
});

describe("README's Docker section", () => {
  const readme = read('README.md');
  const section = /^## Docker\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';

  it('says how to start it and how to configure it, as the compose file does', () => {
    expect(section).toContain('docker compose up');
    expect(section).toContain('.env.example');
    expect(section).toMatch(/\.env\b[^\n]*optional|optional[^\n]*\.env\b/i);
    const password = /NEO4J_PASSWORD:-([^}]+)\}/.exec(compose.services.api.environment.NEO4J_PASSWORD)![1]!;
    expect(section).toContain(password);
    expect(section).toContain('http://localhost:4000/graphiql');
    expect(section).toMatch(/Node 24/);
    const volume = compose.services.neo4j.volumes[0].split(':')[0];
    expect(section).toContain(volume);
    // Every default the API service sets is named in the README.
    for (const name of Object.keys(api.environment)) expect(section, name).toContain(name);
  });
});
