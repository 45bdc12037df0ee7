import { parentPort, workerData } from 'node:worker_threads';
import type { Neo4jConnection, TargetName } from './target';
import { startTargetHere } from './targets';

// A worker thread serving one target: starts it, reports its URL, stops it on request.

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('target.worker must run in a worker thread');
  const { name, conn } = workerData as { name: TargetName; conn: Neo4jConnection };
  try {
    const target = await startTargetHere(name, conn);
    // Always answer a stop request, even when stopping fails, so the harness never waits forever.
    port.once('message', () => {
      void target
        .stop()
        .catch((err: unknown) => console.error(`${name}: stop failed:`, err))
        .finally(() => port.postMessage({ kind: 'stopped' }));
    });
    port.postMessage({ kind: 'ready', url: target.url });
  } catch (err) {
    port.postMessage({ kind: 'failed', message: (err as Error).stack ?? String(err) });
  }
}

void main();
