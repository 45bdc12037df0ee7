import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './core/config';
import { createLogger } from './core/logger';
import { startApp } from './app';
import { LocalNeo4jStartError, LocalNeo4jUnavailableError } from './dev/local-neo4j.launcher';

/** The start failures a user can fix, in one sentence each; anything else is logged in full. */
function explainStartError(err: unknown, config: AppConfig): string | null {
  const code = (err as { code?: string }).code;
  const where = config.neo4j.uri ?? 'the local Neo4j';
  if (code === 'EADDRINUSE')
    return `khabar could not listen on ${config.host}:${config.port}: the port is in use. Set PORT to a free port.`;
  // The driver's codes from connecting; SERVICE_UNAVAILABLE is the same failure met later, in a query.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'SERVICE_UNAVAILABLE') {
    const reason = ((err as { cause?: Error }).cause ?? (err as Error)).message.split('\n')[0];
    return (
      `khabar could not reach Neo4j at ${where}: ${reason}\n` +
      'Check NEO4J_URI, or unset it to let khabar start its own Neo4j.'
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${where} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return `Neo4j at ${where} has no database '${config.neo4j.database}': check NEO4J_DATABASE.`;
  return null;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel, 'khabar', config.logFormat);
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp(config, log);
  } catch (err) {
    if (err instanceof LocalNeo4jUnavailableError || err instanceof LocalNeo4jStartError) {
      console.error(`\nkhabar could not start its local Neo4j.\n${err.message}\n`);
      process.exit(1);
    }
    const explained = explainStartError(err, config);
    if (explained) {
      console.error(`\n${explained}\n`);
      process.exit(1);
    }
    log.fatal({ err }, 'start failed');
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    app.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
