import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { findFreePort } from '../../src/dev/local-neo4j.launcher';

// The embedded Neo4j dies (kill -9 of its JVM) while a client reads in a loop. While it is down every read
// fails fast (503 SERVICE_UNAVAILABLE with Retry-After, well under the driver's 30 s of retries), /health/live
// stays up and /health/ready says not ready; the supervisor starts Neo4j again, /health/ready turns ready,
// and reads answer again, all without restarting khabar. This test starts its own Neo4j (free port, temp
// folder) through startApp, as `npm start` does when NEO4J_URI is unset.

interface Sample {
  at: number;
  status: number;
  ms: number;
  code?: string;
  retryAfter?: string | null;
}

const READ = JSON.stringify({ query: '{ graphSummary { events } }' });
/** How long one read may take while Neo4j is down. */
const FAST_MS = 2500;

describe('Neo4j outage and recovery (embedded Neo4j killed)', () => {
  let app: StartedApp;
  let base: string;
  let home: string;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-outage-test-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      LOCAL_NEO4J_DATA_DIR: home,
      LOCAL_NEO4J_PORT: String(await findFreePort()),
      LOCAL_NEO4J_HEAP: '512m',
      LOCAL_NEO4J_PAGECACHE: '64m',
    });
    app = await startApp(config, createLogger('silent'));
    base = `http://127.0.0.1:${app.server.port}`;
  }, 240_000);
  afterAll(async () => {
    await app?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  const read = async (t0: number): Promise<Sample> => {
    const started = Date.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: READ,
    });
    const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
    return {
      at: started - t0,
      status: res.status,
      ms: Date.now() - started,
      code: body.errors?.[0]?.extensions.code,
      retryAfter: res.headers.get('retry-after'),
    };
  };

  it('answers 503 fast while Neo4j is down, then recovers by itself', async () => {
    expect(app.local).toBeDefined();
    const local = app.local!;
    const firstPid = local.pid;
    const t0 = Date.now();
    const reads: Sample[] = [];
    const ready: { at: number; status: number }[] = [];
    const live: number[] = [];

    // Reads answer before the kill.
    for (let i = 0; i < 5; i++) reads.push(await read(t0));
    expect(reads.every((r) => r.status === 200)).toBe(true);

    const killedAt = Date.now() - t0;
    process.kill(firstPid, 'SIGKILL');

    // Read and probe in a loop until reads answer again after a ready check turned ready (at most 3 minutes).
    let recovered = false;
    while (!recovered && Date.now() - t0 < 180_000) {
      const sample = await read(t0);
      reads.push(sample);
      const asked = Date.now() - t0;
      const health = await fetch(`${base}/health/ready`);
      ready.push({ at: asked, status: health.status });
      live.push((await fetch(`${base}/health/live`)).status);
      const wasDown = reads.some((r) => r.at > killedAt && r.status === 503);
      recovered = wasDown && health.status === 200 && sample.status === 200;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const after = reads.filter((r) => r.at >= killedAt);
    const down = after.filter((r) => r.status !== 200);
    const firstDown = down[0];
    const readyAgain = ready.find((r) => r.status === 200 && r.at > (firstDown?.at ?? 0));
    const readsAgain = after.find((r) => r.status === 200 && r.at > (firstDown?.at ?? 0));
    console.log(
      `[outage] killed at ${killedAt} ms; first 503 after ${firstDown ? firstDown.at - killedAt : '-'} ms; ` +
        `${down.length} reads refused, slowest ${Math.max(...down.map((r) => r.ms))} ms; ` +
        `ready again after ${readyAgain ? readyAgain.at - killedAt : '-'} ms; ` +
        `reads answer again after ${readsAgain ? readsAgain.at - killedAt : '-'} ms; restarts ${local.restarts}`,
    );

    expect(recovered).toBe(true);
    expect(down.length).toBeGreaterThan(0);
    for (const r of down) {
      expect(r, JSON.stringify(r)).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.ms, JSON.stringify(r)).toBeLessThan(FAST_MS);
    }
    // Not ready while down, ready again before the reads that follow.
    expect(ready.some((r) => r.status === 503)).toBe(true);
    expect(readyAgain).toBeDefined();
    // The process itself was never in doubt.
    expect(live.every((s) => s === 200)).toBe(true);
    expect(local.restarts).toBe(1);
    expect(local.pid).not.toBe(firstPid);

    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^khabar_neo4j_up 1$/m);
  }, 240_000);
});
