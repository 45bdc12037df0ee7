import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDb, wipe } from '../support/test-db';
import { post, startTestApp, type TestApp } from '../support/http-app';

// /metrics after a few requests (Prometheus text: operations by name and outcome, latency, round trips,
// Cypher files, pool, neo4j up, process), and the span tree of one request through an in-memory exporter:
// the operation, the resolvers that reached Neo4j, and each Cypher file under its resolver.

// Two dashboard fields: each is one Cypher query by contract (README, "Feeding dashboards").
const DASHBOARD = `query Dashboard {
  graphSummary { events }
  topActors(by: EVENTS, limit: 3) { actor { name } events }
}`;

/** The value of the sample `name{labels}` in a Prometheus text exposition (labels in any order). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('metrics and traces', () => {
  let server: TestApp;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    await wipe();
    server = await startTestApp({ SEED_ON_START: 'true' }, { spanExporter: exporter });
  });
  afterAll(async () => {
    await server?.stop();
    await closeTestDb();
  });

  it('exposes GraphQL, Cypher, pool, Neo4j and process metrics in the Prometheus format', async () => {
    for (let i = 0; i < 2; i++) expect((await post(server.base, { query: DASHBOARD })).status).toBe(200);
    expect((await post(server.base, { query: 'query Broken { nonsense }' })).status).toBe(400);
    expect((await fetch(`${server.base}/export/summary.csv`)).status).toBe(200);

    const res = await fetch(`${server.base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();

    const ok = { operation: 'Dashboard', type: 'query', outcome: 'ok' };
    expect(sample(text, 'khabar_graphql_requests_total', ok)).toBe(2);
    expect(
      sample(text, 'khabar_graphql_requests_total', {
        operation: 'Broken',
        type: 'query',
        outcome: 'GRAPHQL_VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(sample(text, 'khabar_graphql_request_duration_seconds_count', { operation: 'Dashboard' })).toBe(2);
    expect(sample(text, 'khabar_graphql_request_duration_seconds_sum', { operation: 'Dashboard' })).toBeGreaterThan(0);
    // Two fields, one query each: two round trips each time.
    expect(sample(text, 'khabar_graphql_round_trips_sum', { operation: 'Dashboard' })).toBe(4);
    expect(sample(text, 'khabar_graphql_round_trips_bucket', { operation: 'Dashboard', le: '2' })).toBe(2);
    const files = [...text.matchAll(/^khabar_cypher_query_duration_seconds_count\{[^}]*query="([^"]+)"/gm)].map(
      (m) => m[1],
    );
    expect(files).toEqual(expect.arrayContaining(['count-graph-summary', 'rank-actors']));
    // Twice for the operation, once for the export.
    expect(sample(text, 'khabar_cypher_query_duration_seconds_count', { query: 'count-graph-summary' })).toBe(3);
    expect(sample(text, 'khabar_cypher_query_duration_seconds_count', { query: 'rank-actors' })).toBe(2);
    expect(sample(text, 'khabar_cypher_queries_in_flight')).toBe(0);
    expect(sample(text, 'khabar_http_responses_total', { route: 'export', status: '200' })).toBe(1);
    expect(sample(text, 'khabar_http_responses_total', { route: 'graphql', status: '400' })).toBe(1);
    expect(sample(text, 'khabar_neo4j_up')).toBe(1);
    expect(sample(text, 'khabar_neo4j_pool_connections', { state: 'idle' })).toBeGreaterThan(0);
    expect(sample(text, 'khabar_neo4j_pool_connections', { state: 'in_use' })).toBe(0);
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('traces one request: operation span, the resolvers that reached Neo4j, a span per Cypher file', async () => {
    exporter.reset();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const res = await post(server.base, { query: DASHBOARD }, { traceparent: `00-${traceId}-${callerSpan}-01` });
    expect(res.status).toBe(200);
    await expect.poll(() => exporter.getFinishedSpans().some((s) => s.name === 'query Dashboard')).toBe(true);

    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => byId.get(s.parentSpanContext?.spanId ?? '');
    const tree = (s: ReadableSpan, depth = 0): string[] => [
      `${'  '.repeat(depth)}${s.name}`,
      ...spans
        .filter((c) => parentOf(c) === s)
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap((c) => tree(c, depth + 1)),
    ];

    const root = spans.find((s) => s.name === 'query Dashboard')!;
    expect(root.spanContext().traceId).toBe(traceId);
    expect(root.parentSpanContext?.spanId).toBe(callerSpan);
    expect(root.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'Dashboard',
    });
    expect(spans.every((s) => s.spanContext().traceId === traceId)).toBe(true);

    // Only the resolvers that reached the database have spans; each Cypher file sits under its resolver.
    const shape = tree(root);
    expect(shape[0]).toBe('query Dashboard');
    const resolvers = spans.filter((s) => parentOf(s) === root).map((s) => s.name);
    expect(resolvers.sort()).toEqual(['resolve Query.graphSummary', 'resolve Query.topActors']);
    for (const name of resolvers) {
      const resolver = spans.find((s) => s.name === name)!;
      const cypher = spans.filter((s) => parentOf(s) === resolver);
      expect(cypher.length, `${name}\n${shape.join('\n')}`).toBe(1);
      expect(cypher[0]!.name).toBe(
        name === 'resolve Query.graphSummary' ? 'cypher count-graph-summary' : 'cypher rank-actors',
      );
      expect(cypher[0]!.attributes['db.system.name']).toBe('neo4j');
    }
    // Fields that read what their parent loaded (actor, name, events) have none.
    expect(spans.filter((s) => s.name.startsWith('resolve ') && !s.name.startsWith('resolve Query.'))).toEqual([]);
    console.log(`[tracing] span tree of one request:\n${shape.join('\n')}`);
  });
});
