import { inject } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { formatApiKeyEntry } from '../../src/auth/api-key.store';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';

// The real server on a free port with an editor, an admin and a reader key, over the test Neo4j (the
// seed is loaded when the graph is empty): for tests of writes over real HTTP with real credentials.

const KEYS = {
  editor: 'editor-key-0123456789abcdefghijkl',
  admin: 'admin-key-0123456789abcdefghijklm',
  reader: 'reader-key-0123456789abcdefghijkl',
};

export type Caller = keyof typeof KEYS;

export interface GqlResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

export interface WriteApp {
  /** POST /graphql as an editor (default), an admin, a reader, or anonymously (null). */
  post(query: string, variables?: Record<string, unknown>, as?: Caller | null): Promise<GqlResponse>;
  stop(): Promise<void>;
}

export async function startWriteApp(): Promise<WriteApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: inject('neo4jUri'),
    PORT: '0',
    HOST: '127.0.0.1',
    AUTH_API_KEYS: (Object.keys(KEYS) as Caller[]).map((k) => formatApiKeyEntry(k, k, KEYS[k])).join(','),
  });
  const app: StartedApp = await startApp(config, createLogger('silent'));
  const base = `http://127.0.0.1:${app.server.port}`;
  return {
    async post(query, variables = {}, as = 'editor') {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(as ? { 'x-api-key': KEYS[as] } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlResponse['body'] };
    },
    stop: () => app.stop(),
  };
}

/** The data of a response that must have succeeded (its errors in the failure message otherwise). */
export function ok(r: GqlResponse): any {
  if (r.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors, null, 2)}`);
  return r.body.data;
}
