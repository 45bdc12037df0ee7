import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/core/paths';
import type { Database } from '../../src/db/database';
import type { Neo4jAvailability } from '../../src/http/neo4j.availability';
import { ServerMetrics } from '../../src/http/server.metrics';

// docs/grafana-dashboard.json charts only metrics khabar exposes (a renamed metric would leave a panel
// empty without anyone noticing), and README points to it.

interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: { expr: string; datasource: { uid: string } }[];
}

const dashboard = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'grafana-dashboard.json'), 'utf8')) as {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string }[] };
};

async function exposedNames(): Promise<Set<string>> {
  const db = { driver: {} } as unknown as Database;
  const availability = { up: true } as unknown as Neo4jAvailability;
  const metrics = await new ServerMetrics(db, availability).registry.getMetricsAsJSON();
  const names = new Set<string>();
  for (const m of metrics) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(m.name + s);
  }
  return names;
}

describe('docs/grafana-dashboard.json', () => {
  const queries = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));

  it('queries only metrics that /metrics exposes, and each khabar metric somewhere', async () => {
    const exposed = await exposedNames();
    expect(queries.length).toBeGreaterThan(15);
    for (const q of queries) {
      const used = q.expr.match(/\b(?:khabar|process|nodejs)_[a-z0-9_]+\b/g) ?? [];
      expect(used.length, q.panel).toBeGreaterThan(0);
      for (const name of used) expect(exposed.has(name), `${q.panel}: ${name}`).toBe(true);
    }
    const charted = queries.map((q) => q.expr).join(' ');
    for (const name of exposed) {
      if (!name.startsWith('khabar_') || /_(bucket|sum|count)$/.test(name)) continue;
      expect(charted, name).toMatch(new RegExp(`\\b${name}(_bucket|_sum|_count)?\\b`));
    }
  });

  it('takes its data source and instance from variables, with unique panel ids', () => {
    expect(dashboard.templating.list.map((v) => v.name)).toEqual(['datasource', 'instance']);
    for (const q of queries) {
      expect(q.datasource.uid, q.panel).toBe('${datasource}');
      expect(q.expr, q.panel).toContain('instance=~"$instance"');
    }
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of dashboard.panels) expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
  });

  it('is referenced from README next to the Grafana recipe', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const recipe = readme.slice(readme.indexOf('### Grafana'), readme.indexOf('### Explorer'));
    expect(recipe).toContain('docs/grafana-dashboard.json');
  });
});
