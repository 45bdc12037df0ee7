import { parseArgs } from 'node:util';
import { AnswersDifferError, runComparison, type HarnessOptions } from './compare/harness';
import { loadConfig } from '../core/config';
import { QUESTIONS } from './compare/questions';

// npx tsx src/bench/compare.script.ts [--uri bolt://…] [--seconds 10] [--concurrency 1,16] [--questions 1,2]
// khabar vs @neo4j/graphql vs a raw-driver floor on the same graph, over HTTP, interleaved per request.
// Without --uri: a throwaway local Neo4j with khabar's schema and the seed (or --corpus DIR).

const USAGE = `Usage: npx tsx src/bench/compare.script.ts [options]
  --uri URI              an existing Neo4j (bolt:// or neo4j://); default: a throwaway local one
  --user NAME            default $NEO4J_USER or neo4j
  --password PASSWORD    default $NEO4J_PASSWORD or empty
  --database NAME        default $NEO4J_DATABASE or neo4j
  --corpus DIR           bundle files to ingest in file-name order (default without --uri: the seed)
  --seconds N            measured seconds per question and concurrency (default 10)
  --warmup N             warm-up seconds before each measurement (default 2)
  --concurrency LIST     comma-separated (default 1,16)
  --questions LIST       comma-separated question numbers 1-${QUESTIONS.length} (default all)
  --isolation MODE       worker (each server on its own thread, default) or inline
  --interleave MODE      request (A, B, C, A, ... per request slot, default) or round (0.5 s turns each:
                         measured throughput at the given concurrency)
  --json FILE            also write the results as JSON
  --explain              print how each question's answers are made comparable, and exit`;

function numbers(value: string, flag: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`${flag}: positive integers, comma-separated`);
  return list;
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new Error(`${flag}: a positive number`);
  return n;
}

/** NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE give the defaults, read through the one config module. */
const env = loadConfig();

function parseOptions(argv: string[]): HarnessOptions | 'help' | 'explain' {
  const { values } = parseArgs({
    args: argv,
    options: {
      uri: { type: 'string' },
      user: { type: 'string', default: env.neo4j.user },
      password: { type: 'string', default: env.neo4j.password },
      database: { type: 'string', default: env.neo4j.database },
      corpus: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '1,16' },
      questions: { type: 'string', default: QUESTIONS.map((q) => q.id).join(',') },
      isolation: { type: 'string', default: 'worker' },
      interleave: { type: 'string', default: 'request' },
      json: { type: 'string' },
      explain: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.explain) return 'explain';
  if (values.isolation !== 'worker' && values.isolation !== 'inline') throw new Error('--isolation: worker or inline');
  if (values.interleave !== 'request' && values.interleave !== 'round')
    throw new Error('--interleave: request or round');
  const questions = numbers(values.questions, '--questions');
  const unknown = questions.filter((n) => !QUESTIONS.some((q) => q.id === n));
  if (unknown.length) throw new Error(`--questions: no question ${unknown.join(', ')}`);
  return {
    uri: values.uri,
    user: values.user,
    password: values.password,
    database: values.database,
    corpus: values.corpus,
    seconds: positive(values.seconds, '--seconds'),
    warmupSeconds: positive(values.warmup, '--warmup'),
    concurrency: numbers(values.concurrency, '--concurrency'),
    questions,
    isolation: values.isolation,
    interleave: values.interleave,
    json: values.json,
    command: ['npx tsx src/bench/compare.script.ts', ...argv].join(' '),
  };
}

function explain(): void {
  for (const q of QUESTIONS) console.log(`Q${q.id} ${q.name}\n  ${q.equivalence}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') return console.log(USAGE);
  if (options === 'explain') return explain();
  await runComparison(options);
}

main().catch((err) => {
  // A disagreement between the targets is the harness doing its job: say so plainly, without a stack.
  console.error(err instanceof AnswersDifferError ? `\n${err.message}` : err);
  process.exit(1);
});
