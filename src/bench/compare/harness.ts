import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { openDriver } from './driver';
import { discoverFixtures, type Fixtures } from './fixtures';
import { loadGraph, luceneQueryFor, startThrowawayNeo4j } from './khabar.target';
import { postGraphQL, runLoad, summarize, type Endpoint, type Interleave } from './load';
import { QUESTIONS, type Question } from './questions';
import { answerDiff, createStatus, describeMachine, printMachine, printTable, type ResultRow } from './report';
import { TARGET_LABELS, TARGET_NAMES, type Neo4jConnection, type RunningTarget, type TargetName } from './target';
import { startTarget, type Isolation } from './targets';

export interface HarnessOptions {
  /** An existing Neo4j; without it a throwaway local one is started and loaded. */
  uri?: string;
  user: string;
  password: string;
  database: string;
  /** Bundle files to ingest in file-name order (default: the seed, when a throwaway Neo4j is started). */
  corpus?: string;
  seconds: number;
  warmupSeconds: number;
  concurrency: number[];
  questions: number[];
  isolation: Isolation;
  interleave: Interleave;
  json?: string;
  command: string;
}

type Targets = Map<TargetName, RunningTarget>;
type Lucene = { query: string; keys: string[] };

export class AnswersDifferError extends Error {}

/** Runs the whole comparison; everything it starts is stopped again, also on failure or Ctrl-C. */
export async function runComparison(o: HarnessOptions): Promise<void> {
  const cleanup: (() => Promise<void>)[] = [];
  // Once, however it is reached (the end, a failure, Ctrl-C): a throwaway Neo4j and its store folder
  // must not outlive the run, and a second caller waits for the same stop instead of exiting under it.
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const stop of cleanup.reverse()) await stop().catch((err) => console.error('cleanup:', err));
    })());
  const onSigint = () => {
    console.error('\ninterrupted: stopping the servers and Neo4j');
    void stopAll().then(() => process.exit(130));
  };
  process.once('SIGINT', onSigint);
  try {
    const conn = await prepareDatabase(o, cleanup);
    const driver = await openDriver(conn);
    cleanup.push(() => driver.close());
    const machine = describeMachine(await neo4jVersion(driver, conn.database));
    printMachine(machine, o.command);

    const fixtures = await discoverFixtures(driver, conn);
    console.log(`fixtures: ${JSON.stringify(fixtures)}`);
    const targets = await startAll(conn, o.isolation, cleanup);
    const questions = QUESTIONS.filter((q) => o.questions.includes(q.id));
    const lucene = luceneQueryFor(fixtures.searchText);

    await checkAnswers(questions, fixtures, lucene, targets);
    const rows = await measure(questions, fixtures, lucene, targets, o);
    for (const c of o.concurrency) printTable(rows, c, o.seconds, o.interleave);
    if (o.json) writeJson(o, machine, fixtures, rows);
  } finally {
    process.off('SIGINT', onSigint);
    await stopAll();
  }
}

async function prepareDatabase(o: HarnessOptions, cleanup: (() => Promise<void>)[]): Promise<Neo4jConnection> {
  let conn: Neo4jConnection = { uri: o.uri ?? '', user: o.user, password: o.password, database: o.database };
  if (!o.uri) {
    process.stdout.write('starting a throwaway local Neo4j ... ');
    const local = await startThrowawayNeo4j();
    cleanup.push(() => local.stop());
    console.log(`ready in ${local.startupMs} ms`);
    conn = { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' };
  }
  if (!o.uri || o.corpus) {
    const what = o.corpus ? `corpus ${o.corpus}` : 'the seed';
    const load = await loadGraph(conn, o.corpus, progress(`loading ${what}`));
    console.log(`loaded ${what}: ${load.bundles} bundles in ${(load.ms / 1000).toFixed(1)} s`);
  }
  return conn;
}

/** Load progress, at most every 2 seconds. */
function progress(label: string): (done: number, total: number) => void {
  const status = createStatus();
  let last = 0;
  return (done, total) => {
    if (Date.now() - last < 2000 && done < total) return;
    last = Date.now();
    status(`${label}: ${done}/${total}`, done === total);
  };
}

async function neo4jVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const r = records[0];
  return r ? `${r.get('version')} ${r.get('edition')}` : 'unknown';
}

async function startAll(
  conn: Neo4jConnection,
  isolation: Isolation,
  cleanup: (() => Promise<void>)[],
): Promise<Targets> {
  const targets: Targets = new Map();
  // One after the other: three schema builds at once on a small machine only make each slower.
  for (const name of TARGET_NAMES) {
    const t = await startTarget(name, conn, isolation);
    cleanup.push(() => t.stop());
    targets.set(name, t);
    console.log(`${TARGET_LABELS[name].padEnd(15)} ${t.url}`);
  }
  return targets;
}

/** Runs every question once on each target and refuses to go on when the normalised answers differ. */
async function checkAnswers(
  questions: Question[],
  fixtures: Fixtures,
  lucene: Lucene,
  targets: Targets,
): Promise<void> {
  const failures: string[] = [];
  for (const q of questions) {
    const requests = q.requests(fixtures, lucene);
    const answers = new Map<TargetName, unknown>();
    for (const name of TARGET_NAMES) {
      try {
        answers.set(name, q.normalize[name](await postGraphQL(targets.get(name)!.url, requests[name]), fixtures));
      } catch (err) {
        failures.push(`Q${q.id} ${q.name}: ${TARGET_LABELS[name]} failed: ${(err as Error).message}`);
      }
    }
    const reference = answers.get('khabar');
    if (reference === undefined) continue;
    if (isEmpty(reference)) failures.push(`Q${q.id} ${q.name}: empty answer on this graph (pick other fixtures)`);
    for (const name of TARGET_NAMES.slice(1)) {
      const other = answers.get(name);
      if (other !== undefined && !isDeepStrictEqual(reference, other)) {
        failures.push(
          `Q${q.id} ${q.name}: answers differ\n${answerDiff('khabar', reference, other, TARGET_LABELS[name])}`,
        );
      }
    }
    if (answers.size === TARGET_NAMES.length)
      console.log(`Q${q.id} ${q.name}: same answer on all three (${summary(reference)})`);
  }
  if (failures.length) throw new AnswersDifferError(`answers check failed:\n${failures.join('\n\n')}`);
}

function isEmpty(v: unknown): boolean {
  return v === null || (Array.isArray(v) && v.length === 0);
}

function summary(v: unknown): string {
  const s = JSON.stringify(v);
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
}

function endpointsFor(q: Question, fixtures: Fixtures, lucene: Lucene, targets: Targets): Endpoint[] {
  const requests = q.requests(fixtures, lucene);
  return TARGET_NAMES.map((t) => ({ target: t, url: targets.get(t)!.url, request: requests[t] }));
}

/**
 * One warm-up pass over every question first (at the highest concurrency), so that the first question
 * measured does not pay for the JIT and plan caches of all the code paths the later ones share; then,
 * per concurrency and question, a short warm-up of that exact load and the measurement.
 */
async function measure(
  questions: Question[],
  fixtures: Fixtures,
  lucene: Lucene,
  targets: Targets,
  o: HarnessOptions,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const status = createStatus();
  const peak = Math.max(...o.concurrency);
  for (const q of questions) {
    status(`warming up Q${q.id}`);
    await runLoad(o.interleave, endpointsFor(q, fixtures, lucene, targets), peak, o.warmupSeconds);
  }
  for (const c of o.concurrency) {
    for (const q of questions) {
      const endpoints = endpointsFor(q, fixtures, lucene, targets);
      await runLoad(o.interleave, endpoints, c, o.warmupSeconds);
      const samples = await runLoad(o.interleave, endpoints, c, o.seconds);
      for (const t of TARGET_NAMES) {
        const summary = summarize(samples.get(t)!, c);
        rows.push({ question: q.id, questionName: q.name, concurrency: c, target: t, summary });
      }
      status(`measured Q${q.id} at concurrency ${c}`);
    }
  }
  status('measured', true);
  return rows;
}

function writeJson(o: HarnessOptions, machine: unknown, fixtures: Fixtures, rows: ResultRow[]): void {
  const settings = {
    seconds: o.seconds,
    warmupSeconds: o.warmupSeconds,
    concurrency: o.concurrency,
    isolation: o.isolation,
  };
  const equivalence = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.equivalence]));
  fs.writeFileSync(
    o.json!,
    JSON.stringify({ command: o.command, machine, settings, fixtures, equivalence, results: rows }, null, 2),
  );
  console.log(`wrote ${o.json}`);
}
