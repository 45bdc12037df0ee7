import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createWorkCostPlugin, estimateWork } from '../../src/api/plugins/work-cost.plugin';
import { loadConfig } from '../../src/core/config';
import { ROOT } from '../../src/core/paths';

// The work estimate that bounds what one request may ask of Neo4j (MAX_QUERY_WORK): it follows the
// arguments that make the work (page sizes, chart buckets and series, neighbourhood size and depth), so two
// documents of the same length can differ a thousandfold, and the examples users start from fit easily.

const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
const limits = loadConfig({}).limits;
const work = (query: string, variables: Record<string, unknown> = {}) =>
  estimateWork(schema, parse(query), { ...limits, variables });

const chart = (from: string, to: string, granularity: string, limit: number) =>
  `{ eventsOverTime(from: "${from}", to: "${to}", granularity: ${granularity}, limit: ${limit}) {
      series { key counts } } }`;

describe('work estimate', () => {
  it('lets every example operation of docs/examples.graphql through, far below the default limit', () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, 'docs/examples.graphql'), 'utf8'));
    const names = doc.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []));
    expect(names.length).toBeGreaterThan(20);
    const costs = names.map((operationName) => estimateWork(schema, doc, { ...limits, operationName }));
    expect(Math.max(...costs)).toBeLessThan(limits.maxWork / 10);
  });

  it('prices a chart by its buckets times its series', () => {
    // series { key counts }: 3 fields.
    expect(work(chart('2025-01-01', '2025-01-31', 'DAY', 20))).toBe(31 * 20 + 3);
    expect(work(chart('2025-01-01', '2025-12-31', 'WEEK', 20))).toBe(Math.ceil(365 / 7) * 20 + 3);
    expect(work(chart('2023-01-01', '2025-09-26', 'DAY', 100))).toBe(1000 * 100 + 3);
    expect(work(chart('2023-01-01', '2025-09-26', 'DAY', 100))).toBeGreaterThan(limits.maxWork);
    expect(work(chart('2023-01-01', '2025-09-26', 'DAY', 20))).toBeLessThan(limits.maxWork);
    // Over 1,000 buckets the field refuses the window itself, naming its argument.
    expect(work(chart('1925-01-01', '2024-12-31', 'DAY', 20))).toBe(1000 * 20 + 3);
  });

  it('prices a neighbourhood by its nodes times its depth', () => {
    const hood = (depth: number) => `{ neighborhood(id: "x", depth: ${depth}, limit: 500) { nodes { id } } }`;
    const child = 2;
    expect(work(hood(1))).toBe(500 + child);
    expect(work(hood(3))).toBe(1500 + child);
  });

  it('multiplies a page by what each item selects, nested pages included, taking variables into account', () => {
    const q = `query($n: Int) { people(first: $n) { edges { node { id name } } } }`;
    // edges (1) + node (1) + id, name (2) = 4 per item, plus the item itself.
    expect(work(q, { n: 10 })).toBe(10 * (1 + 4));
    expect(work(q, { n: 100 })).toBe(100 * (1 + 4));
    expect(work(q)).toBe(20 * (1 + 4));
    const nested = `{ people(first: 100) { edges { node { id changes(limit: 200) { action at } } } } }`;
    expect(work(nested)).toBeGreaterThan(limits.maxWork);
  });

  it('takes an out-of-range size as its field maximum, so the field can refuse it by its own limit', () => {
    const page = (n: number) => `{ people(first: ${n}) { edges { node { id } } } }`;
    expect(work(page(1_000_000))).toBe(work(page(limits.maxPageSize)));
    expect(work(page(-5))).toBe(work(page(1)));
  });
});

describe('heavy query slots', () => {
  type Hooks = {
    didResolveOperation(ctx: unknown): Promise<void>;
    willSendResponse(ctx: unknown): Promise<void>;
  };
  const heavyQuery = `{ neighborhood(id: "x", depth: 3, limit: 500) { nodes { id } } }`;
  const lightQuery = `{ entity(id: "x") { id } }`;

  async function start(plugin: ReturnType<typeof createWorkCostPlugin>, query: string, signal?: AbortSignal) {
    const hooks = (await plugin.requestDidStart!({} as never)) as unknown as Hooks;
    const document = parse(query);
    const operation = document.definitions[0];
    let state: 'waiting' | 'running' | Error = 'waiting';
    void hooks.didResolveOperation({ request: {}, document, schema, operation }).then(
      () => (state = 'running'),
      (err: Error) => (state = err),
    );
    await new Promise((r) => setTimeout(r, 10));
    return { hooks, state: () => state, signal };
  }

  it('lets at most maxHeavy heavy queries run, the next when one answers; light ones never wait', async () => {
    let controller = new AbortController();
    const plugin = createWorkCostPlugin({ ...limits, maxHeavy: 1, signal: () => controller.signal });
    const first = await start(plugin, heavyQuery);
    const second = await start(plugin, heavyQuery);
    const light = await start(plugin, lightQuery);
    expect([first.state(), second.state(), light.state()]).toEqual(['running', 'waiting', 'running']);
    await first.hooks.willSendResponse({});
    await new Promise((r) => setTimeout(r, 10));
    expect(second.state()).toBe('running');

    // A heavy query still waiting at its deadline stops waiting with the deadline's error.
    const third = await start(plugin, heavyQuery);
    expect(third.state()).toBe('waiting');
    controller.abort(new Error('deadline'));
    await new Promise((r) => setTimeout(r, 10));
    expect(third.state()).toEqual(new Error('deadline'));
    // Its turn was not taken: after the running one answers, the next heavy query runs at once.
    controller = new AbortController();
    await second.hooks.willSendResponse({});
    expect((await start(plugin, heavyQuery)).state()).toBe('running');
  });
});
