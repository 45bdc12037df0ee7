import os from 'node:os';
import type { Interleave, Summary } from './load';
import { TARGET_LABELS, TARGET_NAMES, type TargetName } from './target';

// Printing: the machine, the answer diff when targets disagree, and the results table.

/**
 * A progress line: rewritten in place on a terminal; in a log file (no terminal) a plain line, at most
 * every 30 seconds unless `final`, so that logs stay readable.
 */
export function createStatus(): (line: string, final?: boolean) => void {
  let last = 0;
  return (line, final = false) => {
    if (process.stdout.isTTY) {
      process.stdout.write(`\r${line.padEnd(60)}${final ? '\n' : ''}`);
    } else if (final || Date.now() - last >= 30_000) {
      last = Date.now();
      console.log(line);
    }
  };
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  neo4j: string;
}

export function describeMachine(neo4jVersion: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    neo4j: neo4jVersion,
  };
}

export function printMachine(m: Machine, command: string): void {
  console.log(`command : ${command}`);
  console.log(`machine : ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}`);
  console.log(`software: Node ${m.node}, Neo4j ${m.neo4j}`);
}

/**
 * Where two canonical answers part: the lines of each missing from the other, or, when both hold the
 * same lines in another order, the first position where they differ.
 */
export function answerDiff(name: string, expected: unknown, actual: unknown, otherName: string): string {
  const a = JSON.stringify(expected, null, 2).split('\n');
  const b = JSON.stringify(actual, null, 2).split('\n');
  const inA = new Set(a);
  const inB = new Set(b);
  const lines = [
    ...a.filter((l) => !inB.has(l)).map((l) => `- ${l.trim()}`),
    ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l.trim()}`),
  ];
  if (lines.length === 0) {
    const i = a.findIndex((l, k) => l !== b[k]);
    lines.push(`same lines, other order; from line ${i + 1}:`);
    lines.push(...a.slice(i, i + 5).map((l) => `- ${l.trim()}`), ...b.slice(i, i + 5).map((l) => `+ ${l.trim()}`));
  }
  return [`--- ${name}`, `+++ ${otherName}`, ...lines].join('\n');
}

export interface ResultRow {
  question: number;
  questionName: string;
  concurrency: number;
  target: TargetName;
  summary: Summary;
}

const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '-';
}

const MODE_NOTE: Record<Interleave, string> = {
  request: 'targets interleaved per request; req/s = concurrency / mean latency',
  round: 'targets interleaved in 0.5 s turns; req/s measured per target',
};

export function printTable(rows: ResultRow[], concurrency: number, seconds: number, mode: Interleave): void {
  console.log(`\nconcurrency ${concurrency}: ${seconds} s per question, ${MODE_NOTE[mode]}`);
  const header = ['Q', 'question'.padEnd(30), 'target'.padEnd(15), 'p50 ms', 'p99 ms', 'req/s', 'n', 'err'];
  console.log([header[0], header[1], header[2], ...header.slice(3).map((h, i) => h.padStart(i < 3 ? 8 : 6))].join(' '));
  const questions = [...new Set(rows.filter((r) => r.concurrency === concurrency).map((r) => r.question))];
  for (const q of questions) {
    const of = (t: TargetName) => rows.find((r) => r.concurrency === concurrency && r.question === q && r.target === t);
    for (const [i, t] of TARGET_NAMES.entries()) {
      const r = of(t);
      if (!r) continue;
      const s = r.summary;
      console.log(
        [
          (i === 0 ? String(q) : '').padEnd(1),
          (i === 0 ? r.questionName : '').padEnd(30),
          TARGET_LABELS[t].padEnd(15),
          num(s.p50).padStart(8),
          num(s.p99).padStart(8),
          num(s.rps, 0).padStart(8),
          String(s.n).padStart(6),
          String(s.errors).padStart(6),
        ].join(' '),
      );
    }
    const k = of('khabar')?.summary;
    const g = of('neo4j-graphql')?.summary;
    const raw = of('raw')?.summary;
    if (k && g && raw) {
      console.log(
        `${''.padEnd(32)} khabar/@neo4j/graphql req/s ${ratio(k.rps, g.rps)}   ` +
          `khabar p50 / raw p50 ${ratio(k.p50, raw.p50)}`,
      );
    }
    for (const t of TARGET_NAMES) {
      const e = of(t)?.summary.firstError;
      if (e) console.log(`${''.padEnd(32)} ${TARGET_LABELS[t]} error: ${e.slice(0, 200)}`);
    }
  }
}
