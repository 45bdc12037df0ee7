import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/api/schema';
import { closeTestDb, wipe } from '../support/test-db';
import { startTestApp, type TestApp } from '../support/http-app';

// The GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against khabar and, in the same run,
// against stock Apollo Server 5 on Express 5 with the same schema: khabar must have no error and no more
// warnings than stock Apollo (whose warnings are the spec's "SHOULD answer 200 to a document that does not
// parse or validate"; khabar answers 400 there on purpose, as Apollo does).

type Counts = Record<'ok' | 'notice' | 'warn' | 'error', string[]>;

async function audit(url: string): Promise<Counts> {
  const out: Counts = { ok: [], notice: [], warn: [], error: [] };
  for (const a of serverAudits({ url })) {
    const result = await a.fn();
    out[result.status].push(result.status === 'ok' ? a.name : `${a.name}: ${result.reason}`);
  }
  return out;
}

describe('GraphQL over HTTP audit', () => {
  let server: TestApp;
  let stock: ApolloServer;
  let stockServer: http.Server;
  let stockUrl: string;

  beforeAll(async () => {
    await wipe();
    server = await startTestApp();
    stock = new ApolloServer({ schema: await createSchema() });
    await stock.start();
    const app = express();
    // Apollo's documented Express 5 setup, nothing more.
    app.use('/graphql', express.json(), expressMiddleware(stock));
    stockServer = http.createServer(app);
    await new Promise<void>((resolve) => stockServer.listen(0, '127.0.0.1', resolve));
    stockUrl = `http://127.0.0.1:${(stockServer.address() as { port: number }).port}/graphql`;
  });
  afterAll(async () => {
    await stock?.stop();
    stockServer?.close();
    await server?.stop();
    await closeTestDb();
  });

  it('finds no error in khabar and no more warnings than in stock Apollo Server', async () => {
    const stockResult = await audit(stockUrl);
    const mine = await audit(`${server.base}/graphql`);
    const line = (name: string, c: Counts) =>
      `${name}: ${c.ok.length} ok, ${c.notice.length} notices, ${c.warn.length} warnings, ${c.error.length} errors`;
    console.log(`[graphql-http audit] ${line('stock Apollo', stockResult)}; ${line('khabar', mine)}`);
    expect(mine.error).toEqual([]);
    expect(stockResult.error).toEqual([]);
    expect(mine.warn.length).toBeLessThanOrEqual(stockResult.warn.length);
    expect(mine.ok.length).toBeGreaterThanOrEqual(stockResult.ok.length);
  });
});
