import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode, KhabarError } from '../../src/core/errors';
import { listQueryFiles, parseCypherFile } from '../../src/db/cypher.registry';
import { Database } from '../../src/db/database';

// How the gateway talks to a cluster, against a stand-in driver: reads in read transactions (followers),
// writes in write transactions (the leader), every session on the process's bookmark manager plus the
// bookmarks a client sent back, and each committed write's bookmarks handed to the server's hook.

interface SessionConfig {
  defaultAccessMode?: string;
  bookmarks?: string[];
  bookmarkManager?: unknown;
}

function fakeDriver(fail?: Neo4jError) {
  const sessions: SessionConfig[] = [];
  const used: string[] = [];
  const tx = { run: () => Promise.resolve({ records: [] }) };
  const run = (mode: string) => (work: (t: typeof tx) => Promise<unknown>) => {
    used.push(mode);
    return fail ? Promise.reject(fail) : work(tx);
  };
  const driver = {
    session: (config: SessionConfig) => {
      sessions.push(config);
      return {
        executeRead: run('READ'),
        executeWrite: run('WRITE'),
        lastBookmarks: () => ['FB:after-the-write'],
        close: () => Promise.resolve(),
      };
    },
  };
  return { db: new Database(driver as unknown as Driver, 'neo4j'), sessions, used };
}

describe('the gateway on a cluster', () => {
  it('knows which query files write, from their updating clauses', () => {
    const files = listQueryFiles().map(parseCypherFile);
    const writes = new Set(files.filter((f) => f.writes).map((f) => f.name));
    for (const name of ['create-entity', 'update-entity', 'record-migration', 'lock-entities', 'hard-delete-entity'])
      expect(writes, name).toContain(name);
    for (const name of ['find-migration', 'await-indexes', 'await-bookmarks', 'count-graph-summary'])
      expect(writes, name).not.toContain(name);
  });

  it('runs reads in read transactions and writes in write transactions, and refuses a write as a read', async () => {
    const { db, sessions, used } = fakeDriver();
    await db.read('count-graph-summary', {});
    await db.writeTx((tx) => tx.run('find-migration', { id: 'x' }));
    expect(used).toEqual(['READ', 'WRITE']);
    expect(sessions.map((s) => s.defaultAccessMode)).toEqual(['READ', 'WRITE']);
    await expect(db.read('record-migration', { id: 'x', now: new Date().toISOString() })).rejects.toThrow(
      /record-migration\.cypher writes/,
    );
    expect(used).toHaveLength(2);
  });

  it('puts every session on one bookmark manager, adds the client bookmarks, and reports write bookmarks', async () => {
    const { db, sessions } = fakeDriver();
    const committed = vi.fn();
    db.hooks = { clientBookmarks: () => ['FB:from-the-client'], writeCommitted: committed };
    await db.read('count-graph-summary', {});
    await db.write('record-migration', { id: 'x', now: new Date().toISOString() });
    expect(sessions.map((s) => s.bookmarks)).toEqual([['FB:from-the-client'], ['FB:from-the-client']]);
    expect(sessions[0]!.bookmarkManager).toBeDefined();
    expect(sessions[1]!.bookmarkManager).toBe(sessions[0]!.bookmarkManager);
    expect(committed).toHaveBeenCalledTimes(1);
    expect(committed).toHaveBeenCalledWith(['FB:after-the-write']);
  });

  it("maps Neo4j's bookmark errors: not reached in time is 503-style, a malformed one is the client's", async () => {
    const late = fakeDriver(
      new Neo4jError(
        'not up to the requested version',
        'Neo.TransientError.Transaction.BookmarkTimeout',
        '08N13',
        'error',
      ),
    );
    const failed = vi.fn();
    late.db.hooks = { transactionFailed: failed };
    const l = (await late.db.read('count-graph-summary', {}).catch((e: unknown) => e)) as KhabarError;
    expect([l.code, l.extensions.reason]).toEqual([ErrorCode.SERVICE_UNAVAILABLE, 'BOOKMARK_NOT_REACHED']);
    expect(failed).toHaveBeenCalledWith(l);
    const bad = fakeDriver(
      new Neo4jError(
        'Parsing of supplied bookmarks failed',
        'Neo.ClientError.Transaction.InvalidBookmark',
        '22N00',
        'error',
      ),
    );
    const b = (await bad.db.read('count-graph-summary', {}).catch((e: unknown) => e)) as KhabarError;
    expect([b.code, b.extensions.field]).toEqual([ErrorCode.BAD_USER_INPUT, 'bookmark']);
  });
});
