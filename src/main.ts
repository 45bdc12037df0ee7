import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app.config';
import { createLogger } from './logging/logger';
import { startApp } from './app';
import { LocalNeo4jStartError, LocalNeo4jUnavailableError } from './neo4j/local-neo4j.launcher';

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
