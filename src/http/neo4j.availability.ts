import { AsyncResource } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { ErrorCode, KhabarError } from '../core/errors';
import type { Logger } from '../core/logger';
import type { Database } from '../db/database';
import { sendError } from './http.errors';

// Whether Neo4j can serve requests: reachable, with the graph schema applied. While it is not, requests
// that need it are refused at once with 503 and Retry-After (instead of each one waiting out the driver's
// retries), and a probe retries every second; when Neo4j answers again the schema is applied again (a
// Neo4j that came back empty gets its constraints back) and requests flow.

const PROBE_INTERVAL_MS = 1000;
/** A readiness check trusts a success this recent instead of asking Neo4j again. */
const FRESH_MS = 1000;
const CHECK_TIMEOUT_MS = 2000;

export interface Neo4jAvailability {
  /** Neo4j was reachable and the schema applied at the last look. */
  readonly up: boolean;
  /** Aborted (with SERVICE_UNAVAILABLE) when Neo4j goes down: transactions in flight stop waiting for it. */
  readonly signal: AbortSignal;
  /** Marks Neo4j down (a query failed to reach it, or the embedded Neo4j exited) and starts probing. */
  markDown(reason: string, err?: unknown): void;
  /** Probes now instead of at the next tick (the embedded Neo4j reported it is back). */
  probeNow(): void;
  /** A live readiness check: true when Neo4j answers (recently) and the schema is applied. */
  check(): Promise<boolean>;
  stop(): void;
}

export function createNeo4jAvailability(db: Database, log: Logger): Neo4jAvailability {
  let up = true;
  let verifiedAt = Date.now();
  let downSince = 0;
  let timer: NodeJS.Timeout | undefined;
  let probing: Promise<void> | undefined;
  let stopped = false;
  let down = new AbortController();
  // Probes run in the context this was created in, never in that of the request that noticed the outage
  // (whose deadline and trace they would otherwise inherit).
  const home = new AsyncResource('khabar:neo4j-probe');

  const reach = async (): Promise<void> => {
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        db.driver.verifyConnectivity({ database: db.database }),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timeout);
    }
  };

  const schedule = () => {
    if (stopped || up) return;
    clearTimeout(timer);
    timer = setTimeout(() => home.runInAsyncScope(() => void probe()), PROBE_INTERVAL_MS);
    timer.unref();
  };

  const probe = (): Promise<void> =>
    (probing ??= (async () => {
      try {
        await reach();
        await db.applySchema();
        down = new AbortController();
        up = true;
        verifiedAt = Date.now();
        log.info({ downMs: Date.now() - downSince }, 'Neo4j is reachable again; graph schema applied');
      } catch (err) {
        log.debug({ err }, 'Neo4j still unreachable');
      } finally {
        probing = undefined;
        schedule();
      }
    })());

  const markDown = (reason: string, err?: unknown) => {
    if (stopped || !up) return;
    up = false;
    downSince = Date.now();
    down.abort(unavailable());
    log.warn({ reason, err }, 'Neo4j is unreachable: answering 503 until it is back');
    schedule();
  };

  return {
    get up() {
      return up;
    },
    get signal() {
      return down.signal;
    },
    markDown,
    probeNow() {
      if (!up && !stopped) home.runInAsyncScope(() => void probe());
    },
    async check() {
      if (!up) return false;
      if (Date.now() - verifiedAt < FRESH_MS) return true;
      try {
        await reach();
        verifiedAt = Date.now();
        return true;
      } catch (err) {
        // Refused or reset: down. A slow answer may only mean a busy pool, which is no outage.
        const code = (err as { code?: unknown } | null)?.code;
        if (code === 'ServiceUnavailable' || code === 'SessionExpired') markDown('readiness check failed', err);
        return false;
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

const UNAVAILABLE_MESSAGE = 'the graph database is unavailable; try again shortly';

export const unavailable = () => new KhabarError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE);

/** Refuses requests that need Neo4j while it is known to be down: 503 at once, with Retry-After. */
export function refuseWhileDown(availability: Neo4jAvailability): RequestHandler {
  return (_req, res, next) => {
    if (availability.up) return next();
    sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE);
  };
}
