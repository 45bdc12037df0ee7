import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../../src/dev/local-neo4j.launcher';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

// The integration and browser projects both list this setup; they share one instance (counted here,
// on globalThis because each project loads this module anew) and the last one out stops it.
const shared = globalThis as { khabarTestNeo4j?: { neo4j: Promise<LocalNeo4j>; home: string; users: number } };

async function start(home: string): Promise<LocalNeo4j> {
  const started = Date.now();
  const neo4j = await startLocalNeo4j({
    home,
    port: await findFreePort(),
    heap: '1g',
    pagecache: '256m',
    throwaway: true,
    onProgress: (m) => console.log(`[global-setup] ${m}`),
  });
  console.log(`[global-setup] Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms (store ${home})`);
  return neo4j;
}

/** One throwaway real Neo4j for the whole run, on a free port in a temp folder, removed afterwards. */
export default async function setup(project: TestProject) {
  if (!shared.khabarTestNeo4j) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-test-neo4j-'));
    shared.khabarTestNeo4j = { home, users: 0, neo4j: start(home) };
  }
  const entry = shared.khabarTestNeo4j;
  entry.users++;
  const neo4j = await entry.neo4j;
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    if (--entry.users > 0) return;
    await neo4j.stop();
    fs.rmSync(entry.home, { recursive: true, force: true });
    delete shared.khabarTestNeo4j;
  };
}
