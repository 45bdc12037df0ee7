import fs from 'node:fs';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Logger } from '../logging/logger';
import { CypherRegistry, listSchemaFiles, splitStatements } from './cypher.registry';
import { recordToPlain, type Plain } from './neo4j.convert';
import type { QueryName } from './query-names';

export type Row = { [column: string]: Plain };
export type Params = Record<string, unknown>;

/** Runs named queries inside one managed transaction; every row comes back as plain JS. */
export class TxRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly queries: CypherRegistry,
    private readonly onRoundTrip: () => void,
  ) {}

  async run(name: QueryName, params: Params = {}): Promise<Row[]> {
    this.onRoundTrip();
    const result = await this.tx.run(this.queries.get(name).text, params);
    return result.records.map(recordToPlain);
  }
}

/**
 * The only gateway to Neo4j: named queries from cypher/, parameters only, retries through
 * executeRead/executeWrite, the database always named, and a round-trip counter the N+1 test reads.
 */
export class Database {
  private trips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly queries: CypherRegistry = new CypherRegistry(),
  ) {}

  /** Number of queries sent since start; tests compare deltas. */
  get roundTrips(): number {
    return this.trips;
  }

  async read(name: QueryName, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => new TxRunner(tx, this.queries, () => this.trips++).run(name, params));
    } finally {
      await session.close();
    }
  }

  async write(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  /** Several named queries in one all-or-nothing transaction (retried as a whole on transient errors). */
  async writeTx<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new TxRunner(tx, this.queries, () => this.trips++)));
    } finally {
      await session.close();
    }
  }

  async readTx<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => work(new TxRunner(tx, this.queries, () => this.trips++)));
    } finally {
      await session.close();
    }
  }

  /** EXPLAIN a query file without running it (used by the cypher test). */
  async explain(name: QueryName): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(`EXPLAIN ${this.queries.get(name).text}`);
    } finally {
      await session.close();
    }
  }

  /** Applies cypher/schema/*.cypher (idempotent statements), then waits for indexes to come online. */
  async applySchema(log?: Logger): Promise<number> {
    let count = 0;
    for (const file of listSchemaFiles()) {
      for (const statement of splitStatements(fs.readFileSync(file, 'utf8'))) {
        // Schema commands cannot share a transaction with other statements: one session.run each.
        const session = this.driver.session({ database: this.database });
        try {
          await session.run(statement);
          count++;
        } finally {
          await session.close();
        }
      }
    }
    await this.read('await-indexes', { seconds: neo4j.int(300) });
    log?.debug({ statements: count }, 'graph schema applied');
    return count;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export async function connect(
  uri: string,
  auth: { user: string; password: string },
  database: string,
): Promise<Database> {
  const driver = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
  await driver.verifyConnectivity({ database });
  return new Database(driver, database);
}
