import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { articleFileOf, readArticleFile } from '../engine/bundle/bundle.evidence';
import { loadConfig } from '../core/config';
import { BundleValidationError } from '../engine/bundle/bundle.validator';
import { IngestService, type IngestReport } from '../engine/ingest/ingest.service';
import { isPortFree, startLocalNeo4j, type LocalNeo4j } from '../dev/local-neo4j.launcher';
import { connect } from '../db/database';

// npm run ingest -- <bundle.json> [more.json ...]
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

async function main(): Promise<number> {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: npm run ingest -- <bundle.json> [more.json ...]');
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
      });
    }
  }
  const db = await connect(uri, { user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.database);
  let status = 0;
  try {
    await db.applySchema();
    const svc = new IngestService(db);
    for (const file of files) {
      try {
        const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
        // With the article text at hand (article.file), the article is also known by its text hash
        // and its mentions of known entities are linked.
        const articleFile = articleFileOf(raw);
        const text = articleFile
          ? (readArticleFile(articleFile, path.dirname(path.resolve(file))) ?? undefined)
          : undefined;
        const report = await svc.ingest(raw, { by: 'cli:ingest', text });
        console.log(summary(file, report));
      } catch (err) {
        status = 1;
        console.error(
          `${file}: ${err instanceof BundleValidationError || err instanceof SyntaxError ? err.message : String(err)}`,
        );
      }
    }
  } finally {
    await db.close();
    await local?.stop();
  }
  return status;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
