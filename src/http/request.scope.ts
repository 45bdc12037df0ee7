import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { ErrorCode, KhabarError } from '../core/errors';

// What one HTTP request owns while it runs: its deadline (REQUEST_TIMEOUT_MS) and the signal that cancels
// its Neo4j transactions when the deadline passes, and the number of queries it sent. Resolvers and
// repositories never see it: the database gateway asks for it through its hooks (see server.hooks.ts).

export interface RequestScope {
  /** Epoch milliseconds after which no transaction may start, and running ones are abandoned. */
  deadline: number;
  signal: AbortSignal;
  roundTrips: number;
  /** Bookmarks the client sent back (Khabar-Bookmark): its transactions wait until Neo4j has reached them. */
  clientBookmarks?: string[];
  /** The bookmarks of the request's latest committed write, for the response. */
  writeBookmarks?: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export const currentScope = (): RequestScope | undefined => storage.getStore();

const timedOut = (timeoutMs: number) =>
  new KhabarError(ErrorCode.TIMEOUT, `the request took longer than ${timeoutMs} ms and was cancelled`, {
    timeoutMs,
  });

/**
 * Opens the scope for the rest of the request. Mount it after the body parser: the parser resumes the
 * chain from a stream callback, which would otherwise run outside the scope.
 */
export function requestScope(timeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    const controller = new AbortController();
    const scope: RequestScope = { deadline: Date.now() + timeoutMs, signal: controller.signal, roundTrips: 0 };
    const timer = setTimeout(() => controller.abort(timedOut(timeoutMs)), timeoutMs);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    storage.run(scope, next);
  };
}

/** The limits of a transaction started now in the current request (none outside a request). */
export function transactionLimits(): { timeoutMs: number; signal: AbortSignal } | undefined {
  const scope = storage.getStore();
  if (!scope) return undefined;
  if (scope.signal.aborted) throw scope.signal.reason as Error;
  return { timeoutMs: scope.deadline - Date.now(), signal: scope.signal };
}
