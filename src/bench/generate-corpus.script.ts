import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusGenerator, CorpusStats, MIN_ENTITIES, type CorpusOptions } from './corpus.generator';

// npx tsx src/bench/generate-corpus.script.ts --entities N --seed S --out DIR [--text]
// Writes a deterministic synthetic corpus of article bundles: DIR/000001.json, DIR/000002.json, …
// (ingest them in file-name order: later bundles refer to entities of earlier ones), DIR/manifest.json
// with the counts, and with --text DIR/000001.txt … holding every evidence excerpt and quote.
// Files are written one article at a time, so memory stays bounded at any size.

const USAGE = `Usage: npx tsx src/bench/generate-corpus.script.ts --entities N --seed S --out DIR [--text]
  --entities N   named entities to create (people, organizations, places, events), at least 100
  --seed S       integer seed; the same seed gives byte-identical files (default 1)
  --out DIR      output folder (created if missing; files of the same names are overwritten)
  --text         also write each article's text (NNNNNN.txt) and set article.file to it`;

interface Args {
  options: CorpusOptions;
  out: string;
}

function parse(argv: string[]): Args {
  const { values } = parseArgs({
    args: argv,
    options: {
      entities: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      text: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const entities = Number(values.entities);
  const seed = Number(values.seed);
  if (!values.entities || !Number.isInteger(entities) || entities < MIN_ENTITIES) {
    throw new Error(`--entities: an integer of at least ${MIN_ENTITIES}`);
  }
  if (!Number.isInteger(seed)) throw new Error('--seed: an integer');
  if (!values.out) throw new Error('--out: the output folder');
  return { options: { entities, seed, text: values.text }, out: values.out };
}

/** Progress on stderr about every two seconds, so stdout stays clean. */
function progressReporter(total: number): (created: number, articles: number, done?: boolean) => void {
  const started = Date.now();
  let last = 0;
  return (created, articles, done = false) => {
    const now = Date.now();
    if (!done && now - last < 2000) return;
    last = now;
    const pct = ((created / total) * 100).toFixed(1);
    const secs = ((now - started) / 1000).toFixed(1);
    process.stderr.write(
      `${done ? 'done' : 'generating'}: ${created}/${total} entities (${pct}%), ${articles} articles, ${secs} s\n`,
    );
  };
}

function main(): void {
  const { options, out } = parse(process.argv.slice(2));
  fs.mkdirSync(out, { recursive: true });
  const generator = new CorpusGenerator(options);
  const stats = new CorpusStats();
  const progress = progressReporter(options.entities);
  const started = Date.now();
  for (const article of generator.articles()) {
    // Compact JSON: at a million entities the indentation alone would add hundreds of megabytes.
    const json = JSON.stringify(article.bundle);
    fs.writeFileSync(path.join(out, `${article.name}.json`), json);
    let textBytes = 0;
    if (options.text) {
      fs.writeFileSync(path.join(out, `${article.name}.txt`), article.text);
      textBytes = Buffer.byteLength(article.text);
    }
    stats.add(article, { bundle: Buffer.byteLength(json), text: textBytes });
    progress(generator.createdEntities, article.seq);
  }
  const manifest = stats.manifest(options, generator.topHubs(10));
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  progress(generator.createdEntities, manifest.articles, true);
  const mb = (n: number) => (n / 1e6).toFixed(1);
  process.stderr.write(
    `wrote ${manifest.articles} bundles (${mb(manifest.bytes.bundles)} MB)` +
      (options.text ? ` and texts (${mb(manifest.bytes.texts)} MB)` : '') +
      `, ${manifest.facts.total} facts, to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  console.error(USAGE);
  process.exit(1);
}
