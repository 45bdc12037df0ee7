import type { GraphQLRequest } from './questions';
import type { TargetName } from './target';

// Real HTTP POSTs (Node's fetch, keep-alive) and the interleaved closed-loop runner.

class GraphQLResponseError extends Error {}

/** One POST; resolves with `data`, rejects on an HTTP error or any GraphQL error. */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await res.text();
  let body: { data?: Record<string, unknown>; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new GraphQLResponseError(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new GraphQLResponseError(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new GraphQLResponseError(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

export interface Endpoint {
  target: TargetName;
  url: string;
  request: GraphQLRequest;
}

export interface TargetSamples {
  /** Latencies in milliseconds, in completion order. */
  ms: number[];
  errors: number;
  firstError?: string;
  /** Round mode: the time this target had the machine to itself, for a measured throughput. */
  activeMs?: number;
}

export type Interleave = 'request' | 'round';

const newSamples = (endpoints: Endpoint[]) =>
  new Map<TargetName, TargetSamples>(endpoints.map((e) => [e.target, { ms: [], errors: 0 }]));

async function timedRequest(e: Endpoint, s: TargetSamples): Promise<void> {
  const t0 = performance.now();
  try {
    await postGraphQL(e.url, e.request);
    s.ms.push(performance.now() - t0);
  } catch (err) {
    s.errors++;
    s.firstError ??= (err as Error).message;
  }
}

export function runLoad(
  mode: Interleave,
  endpoints: Endpoint[],
  concurrency: number,
  seconds: number,
): Promise<Map<TargetName, TargetSamples>> {
  return mode === 'request'
    ? runPerRequest(endpoints, concurrency, seconds)
    : runRounds(endpoints, concurrency, seconds);
}

/**
 * Interleaving per request: `concurrency` closed-loop slots, each sending one request at a time and
 * walking the targets round-robin (A, B, C, A, ...), slot k starting at target k mod 3, so slow drift
 * (JIT, GC, page cache, other work on the machine) hits all targets alike. Every target gets the same
 * number of requests, so throughput is derived from latency (see `summarize`). At concurrency 1 the
 * requests never overlap and the figures are clean; above 1 each latency includes waiting behind the
 * other targets' requests, and a slow target holds more of the slots.
 */
async function runPerRequest(
  endpoints: Endpoint[],
  concurrency: number,
  seconds: number,
): Promise<Map<TargetName, TargetSamples>> {
  const samples = newSamples(endpoints);
  const deadline = performance.now() + seconds * 1000;
  // A slot stops only after a whole A, B, C cycle, so every target gets the same number of requests
  // even when one request outlasts the whole measurement.
  const slot = async (k: number) => {
    for (let i = k; performance.now() < deadline || (i - k) % endpoints.length !== 0; i++) {
      const e = endpoints[i % endpoints.length]!;
      await timedRequest(e, samples.get(e.target)!);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, k) => slot(k)));
  return samples;
}

/** Length of one target's turn in round mode: short enough that drift is shared, long enough to fill the pipe. */
const ROUND_WINDOW_MS = 500;

/**
 * Interleaving per round: A alone for a short window with `concurrency` slots, then B, then C, and
 * again, until each target has had `seconds / 3` of turns. A window ends when its last in-flight request
 * does, so each target's throughput is measured (completed / its own active time), at its own
 * concurrency, while drift is still spread over the three.
 */
async function runRounds(
  endpoints: Endpoint[],
  concurrency: number,
  seconds: number,
): Promise<Map<TargetName, TargetSamples>> {
  const samples = newSamples(endpoints);
  const share = (seconds * 1000) / endpoints.length;
  for (const s of samples.values()) s.activeMs = 0;
  while ([...samples.values()].some((s) => s.activeMs! < share)) {
    for (const e of endpoints) {
      const s = samples.get(e.target)!;
      const t0 = performance.now();
      const end = t0 + ROUND_WINDOW_MS;
      const slot = async () => {
        while (performance.now() < end) await timedRequest(e, s);
      };
      await Promise.all(Array.from({ length: concurrency }, slot));
      s.activeMs! += performance.now() - t0;
    }
  }
  return samples;
}

export interface Summary {
  n: number;
  errors: number;
  p50: number;
  p99: number;
  mean: number;
  /**
   * Requests per second. Round mode: measured (completed / active time). Request mode: what the target
   * would serve with `concurrency` clients of its own at these latencies (Little's law, concurrency /
   * mean latency); counting completions would say nothing, as every target gets the same count.
   */
  rps: number;
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(s: TargetSamples, concurrency: number): Summary {
  const sorted = [...s.ms].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  const rps =
    s.activeMs !== undefined ? (sorted.length * 1000) / s.activeMs : sorted.length ? (concurrency * 1000) / mean : 0;
  return {
    n: sorted.length,
    errors: s.errors,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean,
    rps,
    firstError: s.firstError,
  };
}
