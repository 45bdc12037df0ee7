import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it, inject } from 'vitest';
import {
  findFreePort,
  LocalNeo4jStartError,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../src/dev/local-neo4j.launcher';
import { ROOT } from '../../src/core/paths';

const homes: string[] = [];
const tempHome = () => {
  const h = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-launcher-test-'));
  homes.push(h);
  return h;
};

async function answer(uri: string): Promise<number> {
  const driver = neo4j.driver(uri);
  try {
    const res = await driver.executeQuery('RETURN 41 + 1 AS n', {}, { database: 'neo4j' });
    return res.records[0]!.get('n').toNumber();
  } finally {
    await driver.close();
  }
}

describe('local Neo4j launcher', () => {
  let second: LocalNeo4j | undefined;
  afterAll(async () => {
    await second?.stop();
    for (const h of homes) fs.rmSync(h, { recursive: true, force: true });
  });

  it('runs a second instance on its own port and folder beside the test instance', async () => {
    const port = await findFreePort();
    second = await startLocalNeo4j({ home: tempHome(), port, heap: '512m', pagecache: '64m', throwaway: true });
    expect(second.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(await answer(second.uri)).toBe(42);
    expect(await answer(inject('neo4jUri'))).toBe(42);
  });

  it('stops cleanly: the port is released and the store reopens without recovery', async () => {
    const home = second!.home;
    await second!.stop();
    const port = await findFreePort();
    second = await startLocalNeo4j({ home, port, heap: '512m', pagecache: '64m', throwaway: true });
    expect(await answer(second.uri)).toBe(42);
    const debugLog = fs.readFileSync(path.join(home, 'logs', 'debug.log'), 'utf8');
    expect(debugLog).not.toMatch(/recovery is required/i);
  });

  it('refuses a port already in use, naming the port and the way out', async () => {
    const busy = Number(new URL(inject('neo4jUri').replace('bolt', 'http')).port);
    const err = await startLocalNeo4j({ home: tempHome(), port: busy }).catch((e) => e);
    expect(err).toBeInstanceOf(LocalNeo4jStartError);
    expect(err.message).toContain(String(busy));
    expect(err.message).toContain('LOCAL_NEO4J_PORT');
  });

  it('reports the child stderr when Neo4j dies before it is ready', async () => {
    // The store folder is locked by the running instance: the second JVM must fail and say why.
    const port = await findFreePort();
    const err = await startLocalNeo4j({ home: second!.home, port, heap: '512m', timeoutMs: 120_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(LocalNeo4jStartError);
    expect(err.message).toMatch(/exited with code/);
    expect(err.message).toMatch(/neo4j-local stderr/);
  });

  it('without Java, `npm start` prints the two ways out (docker compose, NEO4J_URI)', () => {
    const tsxCli = require.resolve('tsx/cli');
    const r = spawnSync(process.execPath, [tsxCli, 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: '/nonexistent', LOCAL_NEO4J_DATA_DIR: tempHome(), PORT: '0', HOME: os.tmpdir() },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Java');
    expect(r.stderr).toContain('docker compose up');
    expect(r.stderr).toContain('NEO4J_URI');
  });
});
