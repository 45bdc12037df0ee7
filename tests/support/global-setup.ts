import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startLocalNeo4j } from '../../src/neo4j/local-neo4j.launcher';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** One throwaway real Neo4j for the whole run, on a free port in a temp folder, removed afterwards. */
export default async function setup(project: TestProject) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-test-neo4j-'));
  const port = await findFreePort();
  const started = Date.now();
  const neo4j = await startLocalNeo4j({
    home,
    port,
    heap: '1g',
    pagecache: '256m',
    throwaway: true,
    onProgress: (m) => console.log(`[global-setup] ${m}`),
  });
  console.log(`[global-setup] Neo4j ready at ${neo4j.uri} in ${Date.now() - started} ms (store ${home})`);
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  };
}
