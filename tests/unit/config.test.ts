import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_ENV_NAMES, ConfigError, loadConfig } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

describe('config module', () => {
  it('has working defaults: embedded Neo4j under ./data/neo4j, port 4000, Sandbox in development', () => {
    const c = loadConfig({}, '/srv/khabar');
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.localNeo4j.dataDir).toBe('/srv/khabar/data/neo4j');
    expect(c.port).toBe(4000);
    expect(c.sandbox).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).sandbox).toBe(false);
  });

  it('treats an empty NEO4J_URI as unset and accepts neo4j:// and bolt:// URIs', () => {
    expect(loadConfig({ NEO4J_URI: '' }).neo4j.uri).toBeUndefined();
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687' }).neo4j.uri).toBe('neo4j+s://db.example:7687');
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
