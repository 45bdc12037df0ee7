import type { GraphQLSchema } from 'graphql';
import { loadConfig, type AppConfig } from '../../src/core/config';
import { createSchema } from '../../src/api/schema';
import { createContext } from '../../src/api/context';
import { createLogger } from '../../src/core/logger';
import { createApollo } from '../../src/http/http.server';
import { testDb } from './test-db';

let schema: Promise<GraphQLSchema> | undefined;

export const testConfig = (env: Record<string, string> = {}): AppConfig => loadConfig({ NODE_ENV: 'test', ...env });

/**
 * Runs an operation through the real Apollo server (plugins, limits, error masking) and the real
 * repositories against the test Neo4j, without HTTP.
 */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  config: AppConfig = testConfig(),
  operationName?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, any>; path?: unknown }[] }> {
  schema ??= createSchema();
  const db = await testDb();
  const log = createLogger('silent');
  const deps = { config, log, db, schema: await schema };
  const apollo = createApollo(deps);
  await apollo.start();
  try {
    const res = await apollo.executeOperation(
      { query, variables, operationName },
      { contextValue: createContext(deps) },
    );
    if (res.body.kind !== 'single') throw new Error('incremental responses are not used here');
    return res.body.singleResult as any;
  } finally {
    await apollo.stop();
  }
}
