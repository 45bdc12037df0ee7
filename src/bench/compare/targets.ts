import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { startKhabarTarget } from './khabar.target';
import { startNeo4jGraphqlTarget } from './neo4j-graphql.target';
import { startRawTarget } from './raw.target';
import { paths } from '../../core/paths';
import type { Neo4jConnection, RunningTarget, TargetName } from './target';

// Starting the three servers. By default each runs in its own worker thread: one target's CPU work
// (query translation, schema execution, JSON) then never waits behind another's on a shared event
// loop, and the load generator in the main thread does not either. `inline` runs all of them in the
// main thread instead (less isolation, simpler to profile).

export type Isolation = 'worker' | 'inline';

const STARTERS: Record<TargetName, (conn: Neo4jConnection) => Promise<RunningTarget>> = {
  khabar: startKhabarTarget,
  'neo4j-graphql': startNeo4jGraphqlTarget,
  raw: startRawTarget,
};

export function startTargetHere(name: TargetName, conn: Neo4jConnection): Promise<RunningTarget> {
  return STARTERS[name](conn);
}

export async function startTarget(
  name: TargetName,
  conn: Neo4jConnection,
  isolation: Isolation,
): Promise<RunningTarget> {
  return isolation === 'inline' ? startTargetHere(name, conn) : startInWorker(name, conn);
}

type WorkerMessage = { kind: 'ready'; url: string } | { kind: 'stopped' } | { kind: 'failed'; message: string };

/**
 * Under tsx, a worker cannot load a .ts entry by itself: it registers tsx's CommonJS hook first.
 * Compiled (.js) code needs no hook.
 */
function spawnWorker(workerData: unknown): Worker {
  // The benchmark runs from source (npm run bench:compare uses tsx).
  const entry = path.join(paths.root, 'src', 'bench', 'compare', 'target.worker.ts');
  const hook = "require('tsx/cjs');";
  const boot = `${hook} require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData });
}

function nextMessage(worker: Worker): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    worker.once('error', onError);
    worker.once('message', (m: WorkerMessage) => {
      worker.off('error', onError);
      resolve(m);
    });
  });
}

async function startInWorker(name: TargetName, conn: Neo4jConnection): Promise<RunningTarget> {
  const worker = spawnWorker({ name, conn });
  const ready = await nextMessage(worker);
  if (ready.kind !== 'ready') {
    await worker.terminate();
    throw new Error(`${name}: ${ready.kind === 'failed' ? ready.message : 'did not start'}`);
  }
  return {
    url: ready.url,
    async stop() {
      const stopped = nextMessage(worker);
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
