import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../core/config';
import { createContext } from '../api/context';
import { createSchema } from '../api/schema';
import { createLogger } from '../core/logger';
import { findFreePort, startLocalNeo4j } from '../dev/local-neo4j.launcher';
import { connect } from '../db/database';
import { seed } from '../engine/seed/seed.service';
import { createApollo } from '../http/http.server';

// npm run bench [-- iterations]
// Timings of representative operations on the seeded graph, through the real Apollo pipeline and a
// throwaway local Neo4j. Numbers for notes and regressions; never part of the pass/fail tests.

const OPERATIONS: Record<string, string> = {
  'entity(id)': `{ entity(id: "person:sarfraz-bugti") { id name aliases } }`,
  'search (alias, fuzzy)': `{ search(text: "mullah yaqub mujahed", first: 5) { edges { node { id } } } }`,
  'events in Balochistan, nested': `{ events(filter: { placeId: "place:balochistan" }, first: 20) {
    edges { node { id ... on Event {
      participants { role actor { name } } places { name parent { name } }
      figures { value claim { assertedBy { actor { name } } } } } } } } }`,
  'claims with stances and sources': `{ claims(first: 20) { edges { node {
    text assertedBy { actor { name } quote } deniedBy { actor { name } } sources { article { title } } } } } }`,
  'neighborhood depth 2': `{ neighborhood(id: "place:pakistan", depth: 2, limit: 200) { nodes { id } edges { id } } }`,
  'paths (3 hops)': `{
    paths(fromId: "person:khawaja-muhammad-asif", toId: "place:turkey", maxHops: 3) { paths { length } } }`,
  'eventsOverTime by month': `{
    eventsOverTime(granularity: MONTH, from: "2025-01-01", to: "2025-12-31", groupBy: TYPE) { total } }`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const iterations = Number(process.argv[2] ?? 50);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'khabar-bench-'));
  const neo4j = await startLocalNeo4j({ home, port: await findFreePort(), throwaway: true, pagecache: '256m' });
  const db = await connect(neo4j.uri, { user: 'neo4j', password: '' }, 'neo4j');
  try {
    await db.applySchema();
    const seeded = Date.now();
    await seed(db);
    const config = loadConfig({ NODE_ENV: 'production' });
    const log = createLogger('silent');
    const apollo = createApollo({ config, log, db, schema: await createSchema() });
    await apollo.start();
    console.log(
      `Neo4j ready in ${neo4j.startupMs} ms; seed (2 bundles + mentions) in ${Date.now() - seeded} ms; ` +
        `${iterations} runs each after 5 warm-ups\n`,
    );
    console.log('operation'.padEnd(36), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'trips'.padStart(6));
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const run = async () => {
        const res = await apollo.executeOperation({ query }, { contextValue: createContext({ config, log, db }) });
        if (res.body.kind === 'single' && res.body.singleResult.errors)
          throw new Error(`${name}: ${res.body.singleResult.errors[0]!.message}`);
      };
      for (let i = 0; i < 5; i++) await run();
      const times: number[] = [];
      const trips = db.roundTrips;
      for (let i = 0; i < iterations; i++) {
        const t = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      const perRun = (db.roundTrips - trips) / iterations;
      console.log(
        name.padEnd(36),
        percentile(times, 50).toFixed(1).padStart(8),
        percentile(times, 95).toFixed(1).padStart(8),
        String(perRun).padStart(6),
      );
    }
    await apollo.stop();
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
