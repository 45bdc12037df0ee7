import { inject } from 'vitest';
import { startApp, type StartedApp, type StartOptions } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';

export interface TestApp {
  app: StartedApp;
  /** http://127.0.0.1:<port> */
  base: string;
  stop(): Promise<void>;
}

/** khabar as `npm start` runs it, against the run's Neo4j, on a free port; `env` overrides the settings. */
export async function startTestApp(env: Record<string, string> = {}, options: StartOptions = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'development',
    NEO4J_URI: inject('neo4jUri'),
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    ...env,
  });
  const app = await startApp(config, createLogger('silent'), options);
  return { app, base: `http://127.0.0.1:${app.server.port}`, stop: () => app.stop() };
}

/** POST a GraphQL operation as JSON. */
export function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
