import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { openDriver } from './compare/driver';
import { discoverFixtures } from './compare/fixtures';
import { startKhabarTarget } from './compare/khabar.target';

// npm run bench:fairness -- --uri bolt://127.0.0.1:PORT [--seconds 20] [--heavy 8]
//
// Does one caller's heavy work starve a small read? khabar (production settings, its default
// REQUEST_TIMEOUT_MS and MAX_QUERY_WORK; the rate limit off, since every request here comes from one
// address) over an existing graph, such as the one `npm run bench:ingest -- --serve` leaves running. First
// a small read alone, one at a time; then the same read while `--heavy` closed-loop clients keep heavy
// requests in flight (allowed by the work limit, but near it: a weekly chart of five years by place, a
// three-hop neighbourhood of a hub, a long path search). Timing only: never part of the pass/fail tests.

const { values } = parseArgs({
  options: {
    uri: { type: 'string' },
    user: { type: 'string', default: 'neo4j' },
    password: { type: 'string', default: '' },
    database: { type: 'string', default: 'neo4j' },
    seconds: { type: 'string', default: '20' },
    heavy: { type: 'string', default: '8' },
  },
});

interface Outcome {
  ms: number;
  code: string;
}

async function post(url: string, query: string): Promise<Outcome> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  const code = body.errors?.[0]?.extensions?.code ?? (res.ok ? 'ok' : `HTTP ${res.status}`);
  return { ms: performance.now() - t0, code };
}

function summary(samples: Outcome[]): string {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] ?? NaN;
  const codes: Record<string, number> = {};
  for (const s of samples) codes[s.code] = (codes[s.code] ?? 0) + 1;
  return (
    `n=${ms.length} p50=${at(50).toFixed(1)} ms p95=${at(95).toFixed(1)} ms max=${(ms.at(-1) ?? NaN).toFixed(1)} ms ` +
    `outcomes=${JSON.stringify(codes)}`
  );
}

async function loop(until: () => boolean, work: () => Promise<Outcome>, into: Outcome[]): Promise<void> {
  while (!until()) into.push(await work());
}

async function main() {
  if (!values.uri) throw new Error('--uri bolt://host:port of a loaded graph is required');
  const conn = { uri: values.uri, user: values.user, password: values.password, database: values.database };
  const seconds = Number(values.seconds);
  const heavyClients = Number(values.heavy);

  const driver = await openDriver(conn);
  const fx = await discoverFixtures(driver, conn);
  await driver.close();

  // khabar's default request timeout applies here: how long a heavy request may take is part of the answer.
  const server = await startKhabarTarget(conn, { REQUEST_TIMEOUT_MS: undefined });

  const small = `{ entity(id: "${fx.entityId}") { id name } }`;
  const heavy = [
    `{ eventsOverTime(from: "${fx.year - 4}-01-01", to: "${fx.year}-12-31", granularity: WEEK, groupBy: PLACE,
        limit: 100) { total series { key counts } } }`,
    `{ neighborhood(id: "${fx.hubId}", depth: 3, limit: ${fx.hoodLimit}) {
        nodes { id label } edges { type source target } } }`,
    `{ paths(fromId: "${fx.pathFromId}", toId: "${fx.actorId}", maxHops: 16, budget: 200000, limit: 50) {
        paths { length } stoppedEarly } }`,
  ];

  try {
    // Warm the plans and the page cache for every query once; a query that fails here is the script's bug.
    for (const q of [small, ...heavy]) {
      const { code } = await post(server.url, q);
      if (code !== 'ok') throw new Error(`${code}: ${q}`);
    }

    /** The small read, one at a time, for `seconds`. */
    const smallReads = async () => {
      const out: Outcome[] = [];
      const end = Date.now() + seconds * 1000;
      await loop(
        () => Date.now() > end,
        () => post(server.url, small),
        out,
      );
      return out;
    };

    const alone = await smallReads();

    const heavyDone: Outcome[] = [];
    let stop = false;
    let turn = 0;
    const heavyLoops = Array.from({ length: heavyClients }, () =>
      loop(
        () => stop,
        () => post(server.url, heavy[turn++ % heavy.length]!),
        heavyDone,
      ),
    );
    await new Promise((r) => setTimeout(r, 1000));
    const loaded = await smallReads();
    stop = true;
    await Promise.all(heavyLoops);

    console.log(`graph: ${conn.uri}; small read: entity(id: "${fx.entityId}") { id name }`);
    console.log(`small read alone:                 ${summary(alone)}`);
    console.log(`small read, ${heavyClients} heavy in flight:   ${summary(loaded)}`);
    console.log(`heavy requests (all clients):     ${summary(heavyDone)}`);
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
