import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode, KhabarError } from '../../src/core/errors';
import { Database } from '../../src/db/database';

// The gateway's hooks for the server, against a stand-in driver: driver failures become the codes clients
// see, a transaction gets the request's time left as Neo4j's timeout, and an aborted request stops waiting
// at once (its session is closed behind it).

function fakeDriver(executeRead: (work: unknown, config?: { timeout?: number }) => Promise<unknown>) {
  const close = vi.fn(() => Promise.resolve());
  const driver = { session: () => ({ executeRead, executeWrite: executeRead, close }) };
  return { db: new Database(driver as unknown as Driver, 'neo4j'), close };
}

const neo4jError = (code: string, message = code) => new Neo4jError(message, code, '50N42', 'error');

describe('database hooks', () => {
  it('maps an unreachable Neo4j to SERVICE_UNAVAILABLE and tells the hook', async () => {
    const { db } = fakeDriver(() => Promise.reject(neo4jError('ServiceUnavailable', 'connect ECONNREFUSED')));
    const failed = vi.fn();
    db.hooks = { transactionFailed: failed };
    const err = await db.read('count-graph-summary', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KhabarError);
    expect((err as KhabarError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect((err as KhabarError).extensions.busy).toBeUndefined();
    expect((err as Error).cause).toMatchObject({ code: 'ServiceUnavailable', message: 'connect ECONNREFUSED' });
    expect(failed).toHaveBeenCalledWith(err);
  });

  it('maps a busy pool to SERVICE_UNAVAILABLE marked busy, and a Neo4j transaction timeout to TIMEOUT', async () => {
    const busy = fakeDriver(() =>
      Promise.reject(new Neo4jError('Connection acquisition timed out in 5000 ms.', 'N/A', '50N42', 'error')),
    );
    const b = (await busy.db.read('count-graph-summary', {}).catch((e: unknown) => e)) as KhabarError;
    expect([b.code, b.extensions.busy]).toEqual([ErrorCode.SERVICE_UNAVAILABLE, true]);
    const slow = fakeDriver(() =>
      Promise.reject(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')),
    );
    const t = (await slow.db.read('count-graph-summary', {}).catch((e: unknown) => e)) as KhabarError;
    expect(t.code).toBe(ErrorCode.TIMEOUT);
  });

  it("passes the request's time left to Neo4j, and stops waiting when the request is aborted", async () => {
    let config: { timeout?: number } | undefined;
    const { db, close } = fakeDriver((_work, c) => {
      config = c;
      return new Promise(() => {}); // Neo4j never answers
    });
    const controller = new AbortController();
    db.hooks = { transactionLimits: () => ({ timeoutMs: 1234.2, signal: controller.signal }) };
    const reading = db.read('count-graph-summary', {}).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(config).toEqual({ timeout: 1235 });
    const reason = new KhabarError(ErrorCode.TIMEOUT, 'too slow');
    controller.abort(reason);
    expect(await reading).toBe(reason);
    expect(close).toHaveBeenCalled();
  });

  it('refuses to start a transaction when no time is left', async () => {
    const run = vi.fn(() => Promise.resolve([]));
    const { db } = fakeDriver(run);
    db.hooks = {
      transactionLimits: () => {
        throw new KhabarError(ErrorCode.TIMEOUT, 'no time left');
      },
    };
    await expect(db.read('count-graph-summary', {})).rejects.toMatchObject({ code: ErrorCode.TIMEOUT });
    expect(run).not.toHaveBeenCalled();
  });
});
