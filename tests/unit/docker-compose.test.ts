import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_ENV_NAMES } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

// No Docker engine runs here, so the compose file and Dockerfile are checked for structure.
const root = ROOT;
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');

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

  it('starts the API from the Dockerfile only once Neo4j is healthy, on port 4000', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.ports).toContain('4000:4000');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.SEED_ON_START).toBe('true');
  });

  it('gives the API only variables the config module knows', () => {
    const names = Object.keys(compose.services.api.environment);
    const unknown = names.filter((n) => !(CONFIG_ENV_NAMES as string[]).includes(n));
    expect(unknown).toEqual([]);
    // Neo4j and the API must agree on the credentials.
    expect(compose.services.api.environment.NEO4J_PASSWORD).toBe(
      compose.services.neo4j.environment.NEO4J_AUTH.split('/')[1],
    );
  });
});

describe('Dockerfile', () => {
  it('is multi-stage, runs as a non-root user and ships what the app reads at run time', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000$/m);
    for (const dir of ['cypher', 'data/articles', 'public']) {
      expect(dockerfile).toContain(`COPY ${dir} ./${dir}`);
      expect(fs.existsSync(path.join(root, dir))).toBe(true);
    }
    expect(dockerfile).toContain('npm ci --omit=dev');
  });
});
