import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config';
import { connect } from '../db/database';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../dev/local-neo4j.launcher';
import { IngestService } from '../engine/ingest/ingest.service';

// npm run bench:ingest -- --corpus DIR [--uri bolt://…] [--tail 20] [--batch 250] [--store DIR --serve]
// The two ingestion figures of a corpus size: the bulk load (facts/s, overall and over its second half)
// of all but the last --tail bundles, then the time to ingest each of those last bundles alone, one
// transaction per article, as a newsroom adds articles to a full graph. Without --uri a local Neo4j is
// started (in --store, kept, so bench:compare --uri can read the same graph; --serve keeps it running).

const USAGE = `Usage: npm run bench:ingest -- --corpus DIR [options]
  --corpus DIR      bundles in file-name order (npm run bench:generate writes them)
  --uri URI         an existing, empty Neo4j (default: start a local one in --store)
  --store DIR       the local Neo4j's folder, kept (default: a temporary folder, removed at the end)
  --heap SIZE       the local Neo4j's heap (default 2g)
  --pagecache SIZE  the local Neo4j's page cache (default 2g)
  --batch N         articles per bulk transaction (default 250)
  --tail N          bundles kept back and ingested one by one at the end (default 20)
  --serve           keep the local Neo4j running after the load (Ctrl-C stops it)`;

const env = loadConfig();

interface Options {
  corpus: string;
  uri?: string;
  store?: string;
  heap: string;
  pagecache: string;
  batch: number;
  tail: number;
  serve: boolean;
}

function parse(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      uri: { type: 'string' },
      store: { type: 'string' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '2g' },
      batch: { type: 'string', default: '250' },
      tail: { type: 'string', default: '20' },
      serve: { type: 'boolean', default: false },
    },
  });
  const batch = Number(values.batch);
  const tail = Number(values.tail);
  if (!values.corpus || !(batch >= 1) || !(tail >= 0)) return null;
  return { ...values, corpus: values.corpus, batch, tail };
}

const factsIn = (r: { created: Record<string, number>; skipped: Record<string, number> }) =>
  Object.values(r.created).reduce((a, b) => a + b, 0) + Object.values(r.skipped).reduce((a, b) => a + b, 0);

const read = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function run(o: Options): Promise<void> {
  const files = fs
    .readdirSync(o.corpus)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => path.join(o.corpus, f));
  const bulk = files.slice(0, files.length - o.tail);
  const tail = files.slice(files.length - o.tail);

  let local: LocalNeo4j | undefined;
  let home: string | undefined;
  let uri = o.uri;
  if (!uri) {
    home = o.store ?? fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'khabar-bench-ingest-'));
    local = await startLocalNeo4j({
      home,
      port: await findFreePort(),
      heap: o.heap,
      pagecache: o.pagecache,
      throwaway: !o.store,
    });
    uri = local.uri;
    console.log(`local Neo4j ${uri}, store ${home}, heap ${o.heap}, page cache ${o.pagecache}`);
  }
  const db = await connect(uri, { user: env.neo4j.user, password: env.neo4j.password }, env.neo4j.database);
  try {
    await db.applySchema();
    const svc = new IngestService(db);
    const started = Date.now();
    let facts = 0;
    let halfway: { at: number; facts: number } | undefined;
    for (let i = 0; i < bulk.length; i += o.batch) {
      const report = await svc.ingestBatch(
        bulk.slice(i, i + o.batch).map((f) => ({ raw: read(f) })),
        { by: 'bench:ingest', withMentions: false },
      );
      const failed = report.items.find((x) => !x.ok);
      if (failed && !failed.ok) throw failed.error;
      if (!report.together) process.stderr.write(`\nbatch at ${i} went one by one: ${report.fallbackReason}\n`);
      facts += factsIn(report);
      if (!halfway && i + o.batch >= bulk.length / 2) halfway = { at: Date.now(), facts };
      const s = (Date.now() - started) / 1000;
      process.stderr.write(
        `\rbulk ${Math.min(i + o.batch, bulk.length)}/${bulk.length}  ${Math.round(facts / s)} facts/s   `,
      );
    }
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write('\n');
    const second =
      halfway && halfway.facts < facts ? (facts - halfway.facts) / ((Date.now() - halfway.at) / 1000) : NaN;
    console.log(
      `bulk: ${bulk.length} articles, ${facts} facts in ${seconds.toFixed(1)} s: ` +
        `${Math.round(facts / seconds)} facts/s (second half ${Math.round(second)} facts/s), batches of ${o.batch}`,
    );

    const times: number[] = [];
    let tailFacts = 0;
    for (const f of tail) {
      const t = process.hrtime.bigint();
      const r = await svc.ingest(read(f), { by: 'bench:ingest', withMentions: false });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      tailFacts += factsIn(r);
    }
    if (times.length) {
      const sorted = [...times].sort((a, b) => a - b);
      const mean = times.reduce((a, b) => a + b, 0) / times.length;
      console.log(
        `one by one: ${times.length} articles (${Math.round(tailFacts / times.length)} facts each on average): ` +
          `p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p90 ${percentile(sorted, 0.9).toFixed(0)} ms, ` +
          `mean ${mean.toFixed(0)} ms`,
      );
    }
  } finally {
    await db.close();
  }
  if (local && o.serve) {
    console.log(`serving ${uri} (Ctrl-C stops it); e.g. npm run bench:compare -- --uri ${uri}`);
    await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  }
  await local?.stop();
  if (local && home && !o.store) fs.rmSync(home, { recursive: true, force: true });
}

const options = parse(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
run(options).then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
