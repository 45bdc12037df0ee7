import type { Express } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OperationSample } from '../api/plugins/metrics.plugin';
import type { Database } from '../db/database';
import type { Neo4jAvailability } from './neo4j.availability';

// Prometheus metrics (/metrics): GraphQL operations by name and outcome, their latency and database round
// trips, each Cypher file's timings, the driver's pool, whether Neo4j is up, and the process. One registry
// per server, so that several servers in one process (the tests) do not collide.

/** Operation names come from clients: at most this many distinct ones become labels, the rest "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const QUERY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const TRIP_BUCKETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 64];

/** The driver's connection pool, read from its internals when they are where driver 6 keeps them. */
interface PoolInternals {
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, { _elements?: unknown[] }>;
}

function poolOf(db: Database): PoolInternals | undefined {
  const provider = (db.driver as unknown as { _connectionProvider?: { _connectionPool?: PoolInternals } })
    ._connectionProvider;
  const pool = provider?._connectionPool;
  return pool && typeof pool._activeResourceCounts === 'object' ? pool : undefined;
}

export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly graphqlRequests = new Counter({
    name: 'khabar_graphql_requests_total',
    help: 'GraphQL operations by operation name, type and outcome (ok, or the first error code)',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'khabar_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlRoundTrips = new Histogram({
    name: 'khabar_graphql_round_trips',
    help: 'Cypher queries sent to Neo4j per GraphQL operation',
    labelNames: ['operation'] as const,
    buckets: TRIP_BUCKETS,
    registers: [this.registry],
  });
  private readonly cypherDuration = new Histogram({
    name: 'khabar_cypher_query_duration_seconds',
    help: 'Time of each named Cypher query (file in cypher/), by outcome',
    labelNames: ['query', 'outcome'] as const,
    buckets: QUERY_BUCKETS,
    registers: [this.registry],
  });
  private readonly cypherInFlight = new Gauge({
    name: 'khabar_cypher_queries_in_flight',
    help: 'Cypher queries sent and not yet answered',
    registers: [this.registry],
  });
  private readonly httpResponses = new Counter({
    name: 'khabar_http_responses_total',
    help: 'HTTP responses by route group and status (GraphQL, exports, refusals before either)',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });

  constructor(db: Database, availability: Neo4jAvailability) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'khabar_neo4j_up',
      help: '1 when Neo4j is reachable and the graph schema applied, else 0',
      registers: [this.registry],
      collect() {
        this.set(availability.up ? 1 : 0);
      },
    });
    new Gauge({
      name: 'khabar_neo4j_pool_connections',
      help: "Connections in the Neo4j driver's pool, in use or idle (absent when the driver hides its pool)",
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = poolOf(db);
        if (!pool) return;
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        this.set({ state: 'in_use' }, sum(Object.values(pool._activeResourceCounts ?? {})));
        this.set({ state: 'idle' }, sum(Object.values(pool._pools ?? {}).map((p) => p._elements?.length ?? 0)));
      },
    });
  }

  private operationLabel(name: string | null): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }

  recordOperation(sample: OperationSample, roundTrips: number | undefined): void {
    const operation = this.operationLabel(sample.operationName);
    const type = sample.operationType ?? 'unknown';
    this.graphqlRequests.inc({ operation, type, outcome: sample.errorCode ?? 'ok' });
    this.graphqlDuration.observe({ operation, type }, sample.durationMs / 1000);
    if (roundTrips !== undefined) this.graphqlRoundTrips.observe({ operation }, roundTrips);
  }

  /** The observer the database calls for each named query. */
  startQuery(name: string): (error?: unknown) => void {
    const end = this.cypherDuration.startTimer({ query: name });
    this.cypherInFlight.inc();
    return (error) => {
      this.cypherInFlight.dec();
      end({ outcome: error === undefined ? 'ok' : 'error' });
    };
  }

  recordResponse(route: string, status: number): void {
    this.httpResponses.inc({ route, status: String(status) });
  }

  /** GET /metrics in the Prometheus text format. */
  register(app: Express): void {
    app.get('/metrics', async (_req, res) => {
      res.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
