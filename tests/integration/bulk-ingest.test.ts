import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CorpusGenerator } from '../../src/bench/corpus.generator';
import { ROOT } from '../../src/core/paths';
import { IngestService } from '../../src/engine/ingest/ingest.service';
import { talksBundle, variantSpellingBundle } from '../fixtures/small-bundles';
import { closeTestDb, counts, cypher, testDb, wipe } from '../support/test-db';

// The bulk load (ingestBatch, `npm run ingest -- --bulk`) must leave exactly the graph that ingesting
// the same articles one by one leaves: same nodes, properties, relationships, provenance and counters.

const NOW = new Date('2026-01-15T10:00:00Z');
const articles = [...new CorpusGenerator({ entities: 200, seed: 11, text: true }).articles()];

/** Every node and relationship with all its properties, in a canonical order. */
async function dump(): Promise<string[]> {
  const nodes = await cypher(`MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS l, properties(n) AS p`);
  const rels = await cypher(
    `MATCH (a)-[r]->(b) RETURN type(r) AS t, coalesce(a.id, elementId(a)) AS a, coalesce(b.id, elementId(b)) AS b,
       properties(r) AS p`,
  );
  const sorted = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
  const nodeLines = nodes.map((n) => JSON.stringify({ l: (n.l as string[]).sort(), p: sorted(n.p as never) }));
  // Nodes without an id (none today) would make elementId part of the dump and the two runs differ loudly.
  const relLines = rels.map((r) => JSON.stringify({ ...r, p: sorted(r.p as never) }));
  return [...nodeLines, ...relLines].sort();
}

async function oneByOne(): Promise<void> {
  const svc = new IngestService(await testDb());
  for (const a of articles) await svc.ingest(a.bundle, { text: a.text, now: NOW, by: 'bulk-test' });
}

describe('bulk ingestion against the real Neo4j', () => {
  beforeEach(wipe);
  afterAll(closeTestDb);

  it('leaves the same graph as ingesting the articles one by one, at any batch size', async () => {
    await oneByOne();
    const expected = await dump();
    expect(expected.length).toBeGreaterThan(500);
    for (const size of [7, 50]) {
      await wipe();
      const svc = new IngestService(await testDb());
      for (let i = 0; i < articles.length; i += size) {
        const batch = articles.slice(i, i + size).map((a) => ({ raw: a.bundle, text: a.text }));
        const report = await svc.ingestBatch(batch, { now: NOW, by: 'bulk-test' });
        expect(report.items.every((x) => x.ok)).toBe(true);
      }
      expect(await dump(), `batches of ${size}`).toEqual(expected);
    }
  });

  it('is idempotent: a batch already in the graph creates nothing', async () => {
    const svc = new IngestService(await testDb());
    const batch = articles.slice(0, 20).map((a) => ({ raw: a.bundle, text: a.text }));
    const first = await svc.ingestBatch(batch, { now: NOW });
    expect(first.items.filter((x) => !x.ok)).toEqual([]);
    expect(first.together).toBe(true);
    const before = await counts();
    const again = await svc.ingestBatch(batch, { now: new Date(NOW.getTime() + 3_600_000) });
    expect(await counts()).toEqual(before);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(again.items.every((x) => x.ok && !x.article.created)).toBe(true);
  });

  it('resolves a later article of the batch onto an entity an earlier one declared, by name', async () => {
    const svc = new IngestService(await testDb());
    const report = await svc.ingestBatch([{ raw: talksBundle() }, { raw: variantSpellingBundle() }], { now: NOW });
    expect(report.together).toBe(true);
    const alone = await cypher(`MATCH (p:Place {placeType: 'COUNTRY'}) RETURN p.id AS id ORDER BY id`);
    await wipe();
    await svc.ingest(talksBundle(), { now: NOW });
    await svc.ingest(variantSpellingBundle(), { now: NOW });
    expect(await cypher(`MATCH (p:Place {placeType: 'COUNTRY'}) RETURN p.id AS id ORDER BY id`)).toEqual(alone);
  });

  it('falls back to one transaction per article when one is bad: the others land, the bad one says why', async () => {
    const svc = new IngestService(await testDb());
    const bad = structuredClone(articles[2]!.bundle);
    bad.events![0]!.start = 'yesterday';
    const batch = [articles[0]!, articles[1]!, { bundle: bad, text: articles[2]!.text }].map((a) => ({
      raw: a.bundle,
      text: a.text,
    }));
    const report = await svc.ingestBatch(batch, { now: NOW });
    expect(report.together).toBe(false);
    expect(report.items.map((x) => x.ok)).toEqual([true, true, false]);
    const failed = report.items[2]!;
    expect(!failed.ok && failed.error.message).toMatch(/start/);
    const [row] = await cypher(`MATCH (a:Article) RETURN count(a) AS n`);
    expect(row!.n).toBe(2);
  });

  it('npm run ingest -- --bulk loads a folder, showing articles, facts/s and the ETA', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-bulk-'));
    try {
      for (const a of articles.slice(0, 12)) {
        fs.writeFileSync(path.join(dir, `${a.name}.json`), JSON.stringify(a.bundle));
        fs.writeFileSync(path.join(dir, `${a.name}.txt`), a.text);
      }
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/scripts/ingest.script.ts', '--bulk', dir, '--batch', '5'],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
          timeout: 120_000,
        },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/12\/12 articles +\d+ facts +\d+ facts\/s +elapsed \S+ +eta \S+/);
      expect(run.stdout).toMatch(/12 articles, \d+ facts in [\d.]+ s/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
