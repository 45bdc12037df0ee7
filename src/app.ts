import type { SpanExporter } from '@opentelemetry/sdk-trace';
import type { AppConfig } from './core/config';
import type { Logger } from './core/logger';
import { createSchema } from './api/schema';
import { createAuthenticator } from './auth/auth.service';
import { superviseLocalNeo4j, type SupervisedNeo4j, type SupervisorEvent } from './dev/local-neo4j.supervisor';
import { connect, type Database } from './db/database';
import { seedIfEmpty } from './engine/seed/seed.service';
import { startHttpServer, type RunningServer } from './http/http.server';
import { createNeo4jAvailability, type Neo4jAvailability } from './http/neo4j.availability';
import { createTracing } from './http/server.tracing';

export interface StartedApp {
  db: Database;
  server: RunningServer;
  local?: SupervisedNeo4j;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Receives the spans instead of the OTLP collector (tests); turns tracing on without an endpoint. */
  spanExporter?: SpanExporter;
}

/** The server's driver: an outage answers within about two seconds, not after the driver's 30 s of retries. */
const SERVER_DRIVER_TIMEOUTS = { connectionTimeoutMs: 2000, maxTransactionRetryTimeMs: 1000 };

function logSupervisorEvent(log: Logger, event: SupervisorEvent): void {
  switch (event.type) {
    case 'exited':
      return log.error({ pid: event.pid, code: event.code }, 'the local Neo4j exited unexpectedly; restarting it');
    case 'restarting':
      return log.info({ attempt: event.attempt, delayMs: event.delayMs }, 'restarting the local Neo4j');
    case 'restarted':
      return log.info({ pid: event.pid, startupMs: event.startupMs }, 'the local Neo4j is running again');
    case 'restart-failed':
      return log.error({ attempt: event.attempt, err: event.error }, 'the local Neo4j did not start; trying again');
  }
}

/** Starts everything `npm start` needs: Neo4j (local unless NEO4J_URI), schema, seed, HTTP. */
export async function startApp(config: AppConfig, log: Logger, options: StartOptions = {}): Promise<StartedApp> {
  let local: SupervisedNeo4j | undefined;
  let availability: Neo4jAvailability | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    log.info(
      { dataDir: config.localNeo4j.dataDir, port: config.localNeo4j.port },
      'starting local Neo4j (NEO4J_URI not set)',
    );
    local = await superviseLocalNeo4j({
      home: config.localNeo4j.dataDir,
      port: config.localNeo4j.port,
      heap: config.localNeo4j.heap,
      pagecache: config.localNeo4j.pagecache,
      timeoutMs: config.localNeo4j.startTimeoutMs,
      onProgress: (m) => log.info(m),
      onEvent: (event) => {
        logSupervisorEvent(log, event);
        if (event.type === 'exited') availability?.markDown('the local Neo4j exited');
        if (event.type === 'restarted') availability?.probeNow();
      },
    });
    log.info({ uri: local.uri, startupMs: local.startupMs }, 'local Neo4j ready');
    uri = local.uri;
  }
  let db: Database | undefined;
  const tracing = createTracing(config.tracing, options.spanExporter);
  try {
    db = await connect(uri, { user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.database, {
      ...SERVER_DRIVER_TIMEOUTS,
      maxConnectionPoolSize: config.neo4j.pool.maxSize,
      maxConnectionLifetimeMs: config.neo4j.pool.maxLifetimeMs,
      connectionAcquisitionTimeoutMs: Math.min(config.http.requestTimeoutMs, config.neo4j.pool.acquisitionTimeoutMs),
    });
    await db.applySchema(log);
    if (config.seedOnStart) await seedIfEmpty(db, log);
    const schema = await createSchema();
    const auth = await createAuthenticator(config.auth);
    const opened = db;
    const available = createNeo4jAvailability(opened, log);
    availability = available;
    const server = await startHttpServer({ config, log, db, schema, auth, availability: available, tracing });
    log.info({ url: server.url }, 'khabar is serving GraphQL');
    return {
      db: opened,
      server,
      local,
      async stop() {
        log.debug('stopping HTTP server');
        await server.stop();
        available.stop();
        log.debug('closing Neo4j driver');
        await opened.close();
        await tracing?.shutdown();
        if (local) {
          log.info('stopping local Neo4j');
          await local.stop();
        }
        log.info('stopped');
      },
    };
  } catch (err) {
    availability?.stop();
    await db?.close().catch(() => {});
    await tracing?.shutdown().catch(() => {});
    await local?.stop();
    throw err;
  }
}
