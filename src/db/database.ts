import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ErrorCode, KhabarError } from '../core/errors';
import type { Logger } from '../core/logger';
import { checkValue, encodeParam } from './cypher.types';
import {
  CypherRegistry,
  listMigrationFiles,
  listSchemaFiles,
  splitStatements,
  type CypherFile,
} from './cypher.registry';
import path from 'node:path';
import { recordToPlain } from './convert';
import type { QueryName, QueryParams, QueryRows } from './queries.generated';

export type Row<Q extends QueryName> = QueryRows[Q];

/** The id of the schema's own Migration node: its lock, and the record of who applied which steps. */
const SCHEMA_LOCK_ID = 'schema';

/** The batched lookups: queries that take only `$ids` and return a `key` column (see group.loader.ts). */
export type ByIdsQuery = {
  [Q in QueryName]: [keyof QueryParams[Q]] extends ['ids'] ? (Row<Q> extends { key: string } ? Q : never) : never;
}[QueryName];

export interface DatabaseOptions {
  /** Check every returned row against its file's `Returns` header (the tests turn this on). */
  checkRows?: boolean;
  /**
   * Driver timeouts. The defaults suit scripts, which may wait out a restarting Neo4j; the server sets short
   * ones so that an outage answers 503 within about two seconds instead of after the driver's 30 s of retries.
   */
  connectionTimeoutMs?: number;
  connectionAcquisitionTimeoutMs?: number;
  maxTransactionRetryTimeMs?: number;
  /** The pool per Neo4j server (a routing driver keeps one pool for each member of a cluster). */
  maxConnectionPoolSize?: number;
  /** Connections older than this are replaced, before a load balancer or firewall cuts them silently. */
  maxConnectionLifetimeMs?: number;
}

/** What the server may attach to the gateway: observers (metrics, tracing) and per-request limits. */
export interface DatabaseHooks {
  /** Called as a named query starts; the function it returns is called once the query settles. */
  observeQuery?(name: QueryName): (error?: unknown) => void;
  /**
   * The limits of the transaction about to start: Neo4j's own transaction timeout, and a signal that
   * abandons it (the session is closed, which resets the connection and stops the query). May throw
   * when no time is left.
   */
  transactionLimits?(): { timeoutMs: number; signal: AbortSignal } | undefined;
  /** Called with every failed transaction's error, as callers receive it (SERVICE_UNAVAILABLE, TIMEOUT, …). */
  transactionFailed?(error: unknown): void;
  /**
   * Bookmarks a client sent back (read-your-writes): every transaction of its request starts only once the
   * Neo4j server answering it has reached them.
   */
  clientBookmarks?(): string[] | undefined;
  /** Called with the bookmarks of every committed write transaction (a client may send them back). */
  writeCommitted?(bookmarks: string[]): void;
}

/** Driver errors that mean "Neo4j cannot be reached now", as opposed to a fault in a query. */
function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED;
}

/** Every pooled connection stayed busy for the acquisition timeout (the error has no code of its own). */
function isPoolExhausted(err: unknown): boolean {
  const message = (err as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.startsWith('Connection acquisition timed out');
}

/**
 * Connectivity failures and Neo4j's transaction timeout become the stable codes clients see. A busy pool
 * is SERVICE_UNAVAILABLE too (try again shortly), marked `busy` so that nobody takes it for an outage.
 */
function asKhabarError(err: unknown): unknown {
  if (err instanceof KhabarError) return err;
  // The driver's own error stays as the cause, for logs and for start-up messages.
  const keepCause = (mapped: KhabarError) => Object.assign(mapped, { cause: err });
  if (isUnreachable(err)) {
    return keepCause(
      new KhabarError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is unavailable; try again shortly'),
    );
  }
  if (isPoolExhausted(err)) {
    return keepCause(
      new KhabarError(ErrorCode.SERVICE_UNAVAILABLE, 'the graph database is busy; try again shortly', { busy: true }),
    );
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^Neo\.ClientError\.Transaction\.TransactionTimedOut/.test(code)) {
    return keepCause(new KhabarError(ErrorCode.TIMEOUT, 'the request took too long and was cancelled'));
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return keepCause(uniquenessConflict(err));
  if (code === 'Neo.TransientError.Transaction.BookmarkTimeout') return keepCause(bookmarkNotReached());
  if (
    code === 'Neo.ClientError.Transaction.InvalidBookmark' ||
    code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture'
  ) {
    return keepCause(
      new KhabarError(ErrorCode.BAD_USER_INPUT, 'bookmark: not a bookmark of this database', { field: 'bookmark' }),
    );
  }
  return err;
}

/**
 * Neo4j has not reached a bookmark in time: the write it stands for is not visible on the server that
 * would answer (a follower still catching up, or a bookmark from elsewhere). Not an outage: Neo4j answers.
 */
function bookmarkNotReached(): KhabarError {
  return new KhabarError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'the graph database has not caught up with the write this request waits for; try again shortly',
    { reason: 'BOOKMARK_NOT_REACHED' },
  );
}

/**
 * A uniqueness constraint refused a write (a concurrent writer stored the same id first): CONFLICT, naming
 * the label, property and value from Neo4j's message and nothing else of it (no node ids, no query).
 */
function uniquenessConflict(err: unknown): KhabarError {
  const message = (err as { message?: unknown } | null)?.message;
  const found = /already exists with label `(\w+)` and property `(\w+)` = (.{1,300})$/s.exec(
    typeof message === 'string' ? message : '',
  );
  if (!found) return new KhabarError(ErrorCode.CONFLICT, 'a value that must be unique is already taken');
  const [, label, property, value] = found;
  return new KhabarError(ErrorCode.CONFLICT, `${label} ${property} ${value} already exists`, {
    label,
    property,
  });
}

/** Resolves or rejects with `work`, or rejects with the signal's reason as soon as it is aborted. */
function abandonOn<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** What runs a named query: a managed transaction (several queries, all or nothing) or the database. */
interface QueryRunner {
  run<Q extends QueryName>(name: Q, params: QueryParams[Q]): Promise<Row<Q>[]>;
}

class RowCheckError extends Error {}

/** Runs named queries inside one managed transaction; parameters encoded and rows converted by their header. */
export class TxRunner implements QueryRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly db: Database,
  ) {}

  run<Q extends QueryName>(name: Q, params: QueryParams[Q]): Promise<Row<Q>[]> {
    return this.runFile<Q>(name, params);
  }

  /** @internal untyped entry: the typed ones check name and parameters against each other. */
  async runFile<Q extends QueryName>(name: QueryName, params: object): Promise<Row<Q>[]> {
    const file = this.db.queries.get(name);
    this.db.countTrip();
    const settled = this.db.hooks.observeQuery?.(name);
    let result;
    try {
      result = await this.tx.run(file.text, this.db.encode(file, params));
    } catch (err) {
      settled?.(err);
      throw err;
    }
    settled?.();
    return result.records.map((r) => this.db.decode<Q>(file, recordToPlain(r)));
  }
}

/**
 * The only gateway to Neo4j: named queries from cypher/, parameters only, retries through
 * executeRead/executeWrite, the database always named, and a round-trip counter the N+1 test reads.
 */
export class Database implements QueryRunner {
  private trips = 0;
  /** Set by the HTTP server; scripts and tests run without. */
  hooks: DatabaseHooks = {};
  /**
   * Shared by every session of this process: each transaction starts after every write this process has
   * committed (causal order across sessions, which matters once reads go to followers).
   */
  private readonly bookmarkManager = neo4j.bookmarkManager();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly queries: CypherRegistry = new CypherRegistry(),
    private readonly options: DatabaseOptions = {},
  ) {}

  /** Number of queries sent since start; tests compare deltas. */
  get roundTrips(): number {
    return this.trips;
  }

  /** @internal counted by TxRunner for every query it sends. */
  countTrip(): void {
    this.trips++;
  }

  /** @internal `int` parameters become Neo4j integers (JS numbers would go as floats). */
  encode(file: CypherFile, params: object): Record<string, unknown> {
    const out: Record<string, unknown> = { ...params };
    for (const p of file.parameters) out[p.name] = encodeParam(p.type, out[p.name], this.queries.named);
    return out;
  }

  /** @internal The row as its header types it; in checked mode a row that does not fit is an error. */
  decode<Q extends QueryName>(file: CypherFile, row: Record<string, unknown>): Row<Q> {
    if (this.options.checkRows) {
      const problems = file.returns.flatMap((c) => checkValue(c.type, row[c.name], c.name, this.queries.named));
      const extra = Object.keys(row).filter((k) => !file.returns.some((c) => c.name === k));
      if (extra.length) problems.push(`columns not in the header: ${extra.join(', ')}`);
      if (problems.length)
        throw new RowCheckError(
          `cypher/${file.name}.cypher returned a row unlike its header:\n  ${problems.join('\n  ')}`,
        );
    }
    // The header is the contract for this query's rows; checked mode (the tests) holds every file to it.
    return row as Row<Q>;
  }

  run<Q extends QueryName>(name: Q, params: QueryParams[Q]): Promise<Row<Q>[]> {
    return this.read(name, params);
  }

  read<Q extends QueryName>(name: Q, params: QueryParams[Q]): Promise<Row<Q>[]> {
    return this.readFile<Q>(name, params);
  }

  /** A batched lookup by ids, for DataLoaders. */
  readByIds<Q extends ByIdsQuery>(name: Q, ids: string[]): Promise<Row<Q>[]> {
    return this.readFile<Q>(name, { ids });
  }

  private readFile<Q extends QueryName>(name: QueryName, params: object): Promise<Row<Q>[]> {
    // A read transaction goes to a follower in a cluster, where a write would fail; say why here instead.
    if (this.queries.get(name).writes) {
      return Promise.reject(new Error(`cypher/${name}.cypher writes: run it with write or writeTx`));
    }
    return this.transaction('READ', (tx) => new TxRunner(tx, this).runFile<Q>(name, params));
  }

  /**
   * One managed transaction within the hooks' limits, a read or a write transaction as asked (routed to a
   * follower or to the leader in a cluster); driver failures leave as KhabarErrors where they mean one.
   */
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const limits = this.hooks.transactionLimits?.();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session[mode],
      bookmarkManager: this.bookmarkManager,
      bookmarks: this.hooks.clientBookmarks?.(),
    });
    const config = limits ? { timeout: Math.max(1, Math.ceil(limits.timeoutMs)) } : undefined;
    const running = mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config);
    let abandoned = false;
    try {
      const result = await (limits ? abandonOn(limits.signal, running) : running);
      if (mode === 'WRITE') this.hooks.writeCommitted?.(session.lastBookmarks());
      return result;
    } catch (err) {
      abandoned = limits?.signal.aborted ?? false;
      const mapped = asKhabarError(err);
      this.hooks.transactionFailed?.(mapped);
      throw mapped;
    } finally {
      // An abandoned session may still be waiting for Neo4j: closing it resets the connection (which stops
      // the query), but the caller is not kept waiting for that.
      if (abandoned) session.close().catch(() => {});
      else await session.close();
    }
  }

  async write<Q extends QueryName>(name: Q, params: QueryParams[Q]): Promise<Row<Q>[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  /** Several named queries in one all-or-nothing transaction (retried as a whole on transient errors). */
  async writeTx<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', (tx) => work(new TxRunner(tx, this)));
  }

  /**
   * Waits until the Neo4j server that answers reads has reached `bookmarks` (a client's earlier write), at
   * most `waitMs`; then SERVICE_UNAVAILABLE with reason BOOKMARK_NOT_REACHED. Neo4j's own wait
   * (db.transaction.bookmark_ready_timeout, 30 s) is longer than a request should block, so the wait is
   * abandoned here (its session is closed behind it, and Neo4j gives the connection back after its wait).
   */
  async awaitBookmarks(bookmarks: string[], waitMs: number): Promise<void> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarks,
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(bookmarkNotReached()), Math.max(0, waitMs));
    });
    let settled = false;
    try {
      await Promise.race([session.executeRead((tx) => new TxRunner(tx, this).run('await-bookmarks', {})), late]);
      settled = true;
    } catch (err) {
      throw asKhabarError(err);
    } finally {
      clearTimeout(timer);
      if (settled) await session.close();
      else session.close().catch(() => {});
    }
  }

  /** The columns Neo4j reports for a query file, without running it (EXPLAIN). */
  async explain(name: QueryName): Promise<string[]> {
    const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarkManager });
    try {
      const result = session.run(`EXPLAIN ${this.queries.get(name).text}`);
      const keys = await result.keys();
      await result.summary();
      return keys.map(String);
    } finally {
      await session.close();
    }
  }

  /** Runs statements one by one outside a managed transaction (schema commands, CALL IN TRANSACTIONS). */
  private async runStatements(file: string): Promise<number> {
    let count = 0;
    for (const statement of splitStatements(fs.readFileSync(file, 'utf8'))) {
      // On the bookmark manager: a later read (await-indexes, on a follower) waits for these statements.
      const session = this.driver.session({ database: this.database, bookmarkManager: this.bookmarkManager });
      try {
        await session.run(statement);
        count++;
      } finally {
        await session.close();
      }
    }
    return count;
  }

  /**
   * Applies cypher/schema/*.cypher (idempotent statements), waits for indexes to come online, then runs
   * each data migration of cypher/migrations/ that this database has not recorded yet. Replicas starting
   * together take turns: the whole application runs under the schema lock (lock-schema), so one applies
   * while the others wait, and each of those then finds every step recorded and runs none again.
   */
  async applySchema(log?: Logger): Promise<number> {
    const [first] = listSchemaFiles();
    let firstCount = 0;
    // The lock node's uniqueness constraint must exist before anyone takes the lock (see the file).
    if (first) {
      // Not yet under the lock: replicas creating the same constraint at the same moment make Neo4j refuse
      // all but one, even with IF NOT EXISTS (an equivalent rule exists, or a deadlock between their label
      // locks); run again, it is a no-op.
      for (let attempt = 1; ; attempt++) {
        try {
          firstCount = await this.runStatements(first);
          break;
        } catch (err) {
          const code = String((err as { code?: unknown }).code);
          const race =
            code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists' ||
            code.startsWith('Neo.TransientError.');
          if (!race || attempt === 5) throw err;
          await new Promise((r) => setTimeout(r, 50 * attempt * Math.random()));
        }
      }
    }
    const holder = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    return this.writeTx(async (lock) => {
      const [previous] = await lock.run('lock-schema', { id: SCHEMA_LOCK_ID, holder, now: new Date().toISOString() });
      log?.debug({ holder, lastAppliedBy: previous?.appliedBy ?? null }, 'schema lock taken');
      let count = firstCount;
      // Not the first file again: its constraint is on the lock's own label, and creating it (even IF NOT
      // EXISTS) asks for that label's exclusive lock, which the replicas waiting here hold shared: a deadlock.
      for (const file of listSchemaFiles().slice(1)) count += await this.runStatements(file);
      await this.read('await-indexes', { seconds: 300 });
      const steps: string[] = [];
      for (const file of listMigrationFiles()) {
        const id = path.basename(file, '.cypher');
        steps.push(id);
        // Asked in the lock's transaction, on the leader: a follower may not have the last replica's record yet.
        if ((await lock.run('find-migration', { id })).length) continue;
        log?.info({ migration: id }, 'applying data migration');
        await this.runStatements(file);
        await this.write('record-migration', { id, now: new Date().toISOString() });
      }
      await lock.run('record-schema-version', { id: SCHEMA_LOCK_ID, holder, now: new Date().toISOString(), steps });
      log?.debug({ statements: count }, 'graph schema applied');
      return count;
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export async function connect(
  uri: string,
  auth: { user: string; password: string },
  database: string,
  options: DatabaseOptions = {},
): Promise<Database> {
  const driver = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    maxConnectionLifetime: options.maxConnectionLifetimeMs ?? 3_600_000,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 30_000,
    ...(options.connectionTimeoutMs === undefined ? {} : { connectionTimeout: options.connectionTimeoutMs }),
    ...(options.maxTransactionRetryTimeMs === undefined
      ? {}
      : { maxTransactionRetryTime: options.maxTransactionRetryTimeMs }),
  });
  await driver.verifyConnectivity({ database });
  return new Database(driver, database, new CypherRegistry(), options);
}
