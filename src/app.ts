import type { AppConfig } from './core/config';
import type { Logger } from './core/logger';
import { createSchema } from './api/schema';
import { createAuthenticator } from './auth/auth.service';
import { startLocalNeo4j, type LocalNeo4j } from './dev/local-neo4j.launcher';
import { connect, type Database } from './db/database';
import { seedIfEmpty } from './engine/seed/seed.service';
import { startHttpServer, type RunningServer } from './http/http.server';

export interface StartedApp {
  db: Database;
  server: RunningServer;
  local?: LocalNeo4j;
  stop(): Promise<void>;
}

/** Starts everything `npm start` needs: Neo4j (local unless NEO4J_URI), schema, seed, HTTP. */
export async function startApp(config: AppConfig, log: Logger): Promise<StartedApp> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    log.info(
      { dataDir: config.localNeo4j.dataDir, port: config.localNeo4j.port },
      'starting local Neo4j (NEO4J_URI not set)',
    );
    local = await startLocalNeo4j({
      home: config.localNeo4j.dataDir,
      port: config.localNeo4j.port,
      heap: config.localNeo4j.heap,
      pagecache: config.localNeo4j.pagecache,
      timeoutMs: config.localNeo4j.startTimeoutMs,
      onProgress: (m) => log.info(m),
    });
    log.info({ uri: local.uri, startupMs: local.startupMs }, 'local Neo4j ready');
    uri = local.uri;
  }
  let db: Database | undefined;
  try {
    db = await connect(uri, { user: config.neo4j.user, password: config.neo4j.password }, config.neo4j.database);
    await db.applySchema(log);
    if (config.seedOnStart) await seedIfEmpty(db, log);
    const schema = await createSchema();
    const auth = await createAuthenticator(config.auth);
    const server = await startHttpServer({ config, log, db, schema, auth });
    log.info({ url: server.url }, 'khabar is serving GraphQL');
    const opened = db;
    return {
      db: opened,
      server,
      local,
      async stop() {
        log.debug('stopping HTTP server');
        await server.stop();
        log.debug('closing Neo4j driver');
        await opened.close();
        if (local) {
          log.info('stopping local Neo4j');
          await local.stop();
        }
        log.info('stopped');
      },
    };
  } catch (err) {
    await db?.close().catch(() => {});
    await local?.stop();
    throw err;
  }
}
