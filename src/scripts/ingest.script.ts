import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileOf, readArticleFile } from '../engine/bundle/bundle.evidence';
import { loadConfig } from '../core/config';
import { BundleValidationError } from '../engine/bundle/bundle.validator';
import { IngestService, type BatchItem, type IngestReport } from '../engine/ingest/ingest.service';
import { isPortFree, startLocalNeo4j, type LocalNeo4j } from '../dev/local-neo4j.launcher';
import { connect } from '../db/database';

// npm run ingest -- <bundle.json> [more.json ...]   or   npm run ingest -- --bulk <folder>
// Uses NEO4J_URI when set; otherwise the local Neo4j of a running `npm start`, or starts it briefly.

function summary(file: string, r: IngestReport): string {
  const fmt = (o: Record<string, number>) =>
    Object.entries(o)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'nothing';
  const byName = r.matched.filter((m) => m.by === 'name');
  const renames = byName.map((m) => `${m.bundleId} → ${m.id}`).join(', ');
  return [
    `${file}: article ${r.article.id} ${r.article.created ? 'created' : 'already present'}`,
    `  created: ${fmt(r.created)}`,
    `  skipped (already from this article): ${fmt(r.skipped)}`,
    `  matched existing entities: ${r.matched.length}${byName.length ? ` (by name: ${renames})` : ''}`,
    ...(r.mentions
      ? [
          `  mentions linked: ${r.mentions.linked}; ` +
            `unmatched names for review: ${r.mentions.candidates.join(', ') || 'none'}`,
        ]
      : []),
  ].join('\n');
}

const USAGE =
  'usage: npm run ingest -- <bundle.json> [more.json ...]\n' +
  '       npm run ingest -- --bulk <folder> [--batch <articles per transaction, default 250>]';

/** Reads a bundle and, when article.file names one beside it, its text. */
function readItem(file: string): BatchItem {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  // With the article text at hand (article.file), the article is also known by its text hash and its
  // mentions of known entities are linked.
  const articleFile = articleFileOf(raw);
  const text = articleFile ? (readArticleFile(articleFile, path.dirname(path.resolve(file))) ?? undefined) : undefined;
  return { raw, text };
}

async function ingestFiles(svc: IngestService, files: string[]): Promise<number> {
  let status = 0;
  for (const file of files) {
    try {
      const { raw, text } = readItem(file);
      console.log(summary(file, await svc.ingest(raw, { by: 'cli:ingest', text })));
    } catch (err) {
      status = 1;
      console.error(
        `${file}: ${err instanceof BundleValidationError || err instanceof SyntaxError ? err.message : String(err)}`,
      );
    }
  }
  return status;
}

const factsIn = (r: { created: Record<string, number>; skipped: Record<string, number> }) =>
  Object.values(r.created).reduce((a, b) => a + b, 0) + Object.values(r.skipped).reduce((a, b) => a + b, 0);

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Bundles of a folder in file-name order (a generated corpus names them in ingestion order). */
function bundleFiles(folder: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => path.join(folder, f));
}

/** Loads a folder many articles per transaction, with a progress line: articles, facts/s, ETA. */
async function ingestBulk(svc: IngestService, folder: string, batchSize: number): Promise<number> {
  const files = bundleFiles(folder);
  const started = Date.now();
  let done = 0;
  let facts = 0;
  const failures: string[] = [];
  let oneByOne = 0;
  for (let i = 0; i < files.length; i += batchSize) {
    const batch = files.slice(i, i + batchSize);
    const report = await svc.ingestBatch(batch.map(readItem), { by: 'cli:ingest', withMentions: true });
    report.items.forEach((item, j) => {
      if (!item.ok) failures.push(`${batch[j]}: ${item.error.message}`);
    });
    if (!report.together) {
      oneByOne++;
      process.stderr.write(`\nbatch from ${batch[0]} went one by one: ${report.fallbackReason}\n`);
    }
    done += batch.length;
    facts += factsIn(report);
    const seconds = (Date.now() - started) / 1000;
    const rate = facts / seconds;
    const eta = ((files.length - done) / done) * seconds;
    process.stderr.write(
      `\r${done}/${files.length} articles  ${facts} facts  ${Math.round(rate)} facts/s  ` +
        `elapsed ${clock(seconds)}  eta ${clock(eta)}  failed ${failures.length}   `,
    );
  }
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  console.log(
    `${done} articles, ${facts} facts in ${seconds.toFixed(1)} s: ${Math.round(facts / seconds)} facts/s; ` +
      `${oneByOne} of ${Math.ceil(files.length / batchSize)} batches ingested one by one; ${failures.length} failed`,
  );
  for (const f of failures) console.error(f);
  return failures.length ? 1 : 0;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { bulk: { type: 'string' }, batch: { type: 'string', default: '250' } },
    allowPositionals: true,
  });
  const batchSize = Number(values.batch);
  if ((!values.bulk && !positionals.length) || !(batchSize >= 1)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    if (await isPortFree(config.localNeo4j.port)) {
      console.log(`starting the local Neo4j in ${config.localNeo4j.dataDir} for this ingest`);
      local = await startLocalNeo4j({
        home: config.localNeo4j.dataDir,
        port: config.localNeo4j.port,
        heap: config.localNeo4j.heap,
        pagecache: config.localNeo4j.pagecache,
      });
    }
  }
  const db = await connect(uri, { user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.database);
  try {
    await db.applySchema();
    const svc = new IngestService(db);
    return values.bulk ? await ingestBulk(svc, values.bulk, batchSize) : await ingestFiles(svc, positionals);
  } finally {
    await db.close();
    await local?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
