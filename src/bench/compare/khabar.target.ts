import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Every import of khabar's own code in the comparison lives in this file, so that a move of src/ folders
// means re-pointing these lines and nothing else.
import { createSchema } from '../../api/schema';
import { createAuthenticator } from '../../auth/auth.service';
import { loadConfig } from '../../core/config';
import { createLogger } from '../../core/logger';
import { connect, type Database } from '../../db/database';
import { findFreePort, startLocalNeo4j } from '../../dev/local-neo4j.launcher';
import { IngestService } from '../../engine/ingest/ingest.service';
import { seed } from '../../engine/seed/seed.service';
import { startHttpServer } from '../../http/http.server';
import { buildSearchQuery } from '../../read/entity/search.query';
import type { Neo4jConnection, RunningTarget } from './target';

/** A throwaway local Neo4j (khabar's launcher), removed on stop. */
export interface ThrowawayNeo4j {
  uri: string;
  startupMs: number;
  stop(): Promise<void>;
}

export async function startThrowawayNeo4j(): Promise<ThrowawayNeo4j> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-compare-'));
  const neo4j = await startLocalNeo4j({ home, port: await findFreePort(), throwaway: true, pagecache: '512m' });
  return {
    uri: neo4j.uri,
    startupMs: neo4j.startupMs,
    async stop() {
      await neo4j.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

async function openDatabase(conn: Neo4jConnection): Promise<Database> {
  return connect(conn.uri, { user: conn.user, password: conn.password }, conn.database);
}

/** Articles per transaction when loading a corpus. */
const BATCH = 250;

export interface LoadReport {
  bundles: number;
  ms: number;
}

/** Applies khabar's graph schema, then loads the seed, or every bundle of `corpusDir` in file-name order. */
export async function loadGraph(
  conn: Neo4jConnection,
  corpusDir: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<LoadReport> {
  const db = await openDatabase(conn);
  const started = Date.now();
  try {
    await db.applySchema();
    if (!corpusDir) {
      const reports = await seed(db);
      return { bundles: reports.length, ms: Date.now() - started };
    }
    const bundles = await ingestCorpus(db, corpusDir, onProgress);
    return { bundles, ms: Date.now() - started };
  } finally {
    await db.close();
  }
}

/**
 * The bulk load (ingestBatch: many articles per transaction, the same graph as one by one), in
 * file-name order: entity resolution depends on what earlier bundles created, so batches are never
 * ingested out of order or in parallel. The article text is not sent: it only adds a content hash and
 * MENTIONS links, and no question reads either.
 */
async function ingestCorpus(
  db: Database,
  dir: string,
  onProgress: (done: number, total: number) => void,
): Promise<number> {
  // The corpus generator writes a manifest.json beside the bundles: a description, not an article.
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort();
  if (files.length === 0) throw new Error(`--corpus ${dir}: no .json bundle files`);
  const ingest = new IngestService(db);
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const items = batch.map((file) => ({ raw: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown }));
    const report = await ingest.ingestBatch(items, { by: 'bench:corpus', withMentions: false });
    const failed = report.items.findIndex((item) => !item.ok);
    if (failed >= 0) {
      const item = report.items[failed]!;
      throw new Error(`${batch[failed]}: ${item.ok ? '' : item.error.message}`);
    }
    onProgress(i + batch.length, files.length);
  }
  return files.length;
}

/**
 * khabar's own HTTP server (Express + Apollo with its plugins, limits and repositories), production config.
 * `settings` override the benchmark's own (its request timeout, for one).
 */
export async function startKhabarTarget(
  conn: Neo4jConnection,
  settings: Record<string, string | undefined> = {},
): Promise<RunningTarget> {
  const config = loadConfig({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    // A load test is one client asking far more than a person would, and its slowest queries are data.
    RATE_LIMIT_PER_MINUTE: '0',
    REQUEST_TIMEOUT_MS: '600000',
    ...settings,
  });
  const db = await openDatabase(conn);
  const server = await startHttpServer({
    config,
    log: createLogger('silent'),
    db,
    schema: await createSchema(),
    auth: await createAuthenticator(config.auth),
  });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** khabar's Lucene query for a search text: the other targets get the same query, built client-side. */
export function luceneQueryFor(text: string): { query: string; keys: string[] } {
  return buildSearchQuery(text);
}
