import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { NONE_SERIES_KEY } from '../../src/http/export.tables';
import { claims, events, expectedBuckets, figures, monthBuckets } from '../support/bundle-expectations';
import { closeTestDb, wipe } from '../support/test-db';

// The exports over real HTTP, as a spreadsheet or Grafana's Infinity data source would fetch them.
describe('GET /export/*.csv and *.json', () => {
  let app: StartedApp;
  let base: string;

  beforeAll(async () => {
    await wipe();
    app = await startApp(
      loadConfig({ NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1' }),
      createLogger('silent'),
    );
    base = `http://127.0.0.1:${app.server.port}`;
  });
  afterAll(async () => {
    await app?.stop();
    await closeTestDb();
  });

  const csv = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

  it('serves events per month as a CSV a spreadsheet opens: a row per bucket and series, zeros included', async () => {
    const res = await fetch(
      `${base}/export/events-over-time.csv?granularity=month&from=2025-01-01&to=2025-12-31&groupBy=type`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="khabar-events-over-time-month-by-type-2025-01-01-2025-12-31.csv"',
    );
    const text = await res.text();
    expect(text.split('\n')[0]).toBe('bucket_start,bucket_end,series_key,series_label,count,imprecise');
    const rows = csv(text);
    const buckets = monthBuckets(2025);
    const types = [...new Set(events.map((e) => e.eventType))];
    for (const t of types) {
      const want = expectedBuckets(
        events.filter((e) => e.eventType === t),
        buckets,
        'MONTH',
      );
      const mine = rows.filter((r) => r.series_key === t);
      if (want.total + want.impreciseTotal === 0) {
        expect(mine).toEqual([]);
        continue;
      }
      expect(mine.map((r) => r.bucket_start)).toEqual(buckets.map((b) => b.start));
      expect(
        mine.map((r) => Number(r.count)),
        t,
      ).toEqual(want.placed);
      expect(
        mine.map((r) => Number(r.imprecise)),
        t,
      ).toEqual(want.imprecise);
    }
    const october = rows.filter((r) => r.bucket_start === '2025-10-01').reduce((n, r) => n + Number(r.count), 0);
    expect(october).toBe(9);
    // A label for people beside each key.
    const labels = Object.fromEntries(rows.map((r) => [r.series_key, r.series_label]));
    expect(labels).toMatchObject({
      EXPLOSIONS_REMOTE_VIOLENCE: 'Explosions / remote violence',
      STRATEGIC_DEVELOPMENTS: 'Strategic developments',
      DIPLOMACY: 'Diplomacy',
    });
  });

  it('names the series of events without a place or an actor "none", with a label, never an empty key', async () => {
    for (const [groupBy, label] of [
      ['place', 'No place'],
      ['actor', 'No actor'],
    ]) {
      const query = `granularity=year&from=2025-01-01&to=2025-12-31&groupBy=${groupBy}&limit=100`;
      const rows = csv(await (await fetch(`${base}/export/events-over-time.csv?${query}`)).text());
      expect(
        rows.every((r) => r.series_key !== '' && r.series_label !== ''),
        groupBy,
      ).toBe(true);
      const none = rows.filter((r) => r.series_key === NONE_SERIES_KEY);
      expect(
        none.every((r) => r.series_label === label),
        groupBy,
      ).toBe(true);
      const json = await (await fetch(`${base}/export/events-over-time.json?${query}`)).json();
      expect(
        json.series.every((s: any) => typeof s.key === 'string' && s.key !== ''),
        groupBy,
      ).toBe(true);
      if (groupBy === 'actor') expect(none.length, 'some seed events have no participant').toBeGreaterThan(0);
    }
  });

  it('names everything in snake_case, CSV columns and JSON keys alike', async () => {
    const keys = (v: unknown): string[] =>
      Array.isArray(v)
        ? v.flatMap(keys)
        : v && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)])
          : [];
    for (const path of [
      'events-over-time.json?granularity=month&from=2025-01-01&to=2025-12-31',
      'figure-series.json',
      'top-actors.json',
      'claim-stances.json',
      'summary.json',
    ]) {
      const body = await (await fetch(`${base}/export/${path}`)).json();
      const bad = keys(body).filter((k) => !/^[a-z][a-z0-9_]*$/.test(k));
      expect(bad, path).toEqual([]);
    }
    const header = (await (await fetch(`${base}/export/summary.csv`)).text()).split('\n')[0]!;
    expect(header).toContain('first_event_start');
    expect(header).toContain('aggregate_figures');
    expect(header.split(',').every((c) => /^[a-z][a-z0-9_]*$/.test(c))).toBe(true);
  });

  it('compresses exports for clients that accept it', async () => {
    const url = `${base}/export/events-over-time.csv?granularity=week&from=2025-01-01&to=2025-12-31`;
    for (const encoding of ['gzip', 'br']) {
      const res = await fetch(url, { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding'), encoding).toBe(encoding);
      expect((await res.text()).split('\n')[0]).toBe('bucket_start,bucket_end,series_key,series_label,count,imprecise');
    }
  });

  it('serves the same table as JSON, with the totals beside the rows', async () => {
    const query = 'granularity=MONTH&from=2025-01-01&to=2025-12-31';
    const [c, j] = await Promise.all([
      fetch(`${base}/export/events-over-time.csv?${query}`),
      fetch(`${base}/export/events-over-time.json?${query}`),
    ]);
    expect(j.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(j.headers.get('content-disposition')).toMatch(
      /filename="khabar-events-over-time-month-by-type-2025-01-01-2025-12-31\.json"/,
    );
    const body = await j.json();
    expect(body).toMatchObject({
      granularity: 'MONTH',
      group_by: 'TYPE',
      from: '2025-01-01',
      to: '2025-12-31',
      total: 14,
      imprecise: 2,
    });
    const fromCsv = csv(await c.text());
    expect(body.rows).toHaveLength(fromCsv.length);
    expect(body.rows.map((r: any) => [r.bucket_start, r.series_key, String(r.count)])).toEqual(
      fromCsv.map((r) => [r.bucket_start, r.series_key, r.count]),
    );
  });

  it('exports figures one row per report, with speakers and without summing scopes', async () => {
    const res = await fetch(`${base}/export/figure-series.csv?metrics=militants_killed`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="khabar-figure-series.csv"');
    const rows = csv(await res.text());
    const want = figures.filter((f) => f.metric === 'militants_killed');
    expect(rows.map((r) => r.figure_id).sort()).toEqual(want.map((f) => f.id).sort());
    const byId = Object.fromEntries(rows.map((r) => [r.figure_id, r]));
    expect(byId['figure:bugti-2025-militants-killed']).toMatchObject({
      scope: 'AGGREGATE',
      value: '760',
      chart_value: '760',
      speakers: 'Sarfraz Bugti',
      period_precision: 'YEAR',
    });
    expect(byId['figure:military-dera-bugti-militants-killed']).toMatchObject({
      scope: 'EVENT',
      value: '5',
      period_from_event: 'true',
      period_start: '2025-12-01',
    });
    const own = csv(await (await fetch(`${base}/export/figure-series.csv?metrics=people_killed`)).text());
    expect(own[0]).toMatchObject({ low: '24', value: '', chart_value: '24', speakers: '', approximation: 'dozens' });
  });

  it('exports top actors, claims by stance and speaker, and the summary', async () => {
    const actors = csv(await (await fetch(`${base}/export/top-actors.csv?by=events&limit=2`)).text());
    expect(actors.map((a) => [a.rank, a.actor_name, a.events])).toEqual([
      ['1', 'Pakistan', '7'],
      ['2', 'Pakistan Armed Forces', '7'],
    ]);
    const stances = await (await fetch(`${base}/export/claim-stances.json?limit=100`)).json();
    expect(stances.claims).toBe(claims.length);
    expect(stances.rows.find((r: any) => r.speaker_id === 'org:government-of-pakistan')).toMatchObject({
      asserts: 4,
      denies: 1,
      total: 5,
    });
    const summary = await fetch(`${base}/export/summary.csv`);
    expect(summary.headers.get('content-disposition')).toBe('attachment; filename="khabar-summary.csv"');
    const [row] = csv(await summary.text());
    expect(row).toMatchObject({
      events: String(events.length),
      claims: String(claims.length),
      figures: String(figures.length),
      articles: '2',
    });
  });

  it('adds a byte order mark for Excel when asked', async () => {
    const res = await fetch(`${base}/export/summary.csv?bom=true`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('answers a bad or unknown parameter with 400 and a GraphQL-shaped error naming it', async () => {
    const cases: [string, string][] = [
      ['events-over-time.csv?from=2025-01-01&to=2025-12-31', 'granularity'],
      ['events-over-time.csv?granularity=fortnight&from=2025-01-01&to=2025-12-31', 'granularity'],
      ['events-over-time.csv?granularity=day&from=2025-13-01&to=2025-12-31', 'from'],
      ['events-over-time.json?granularity=day&from=2025-02-01&to=2025-01-01', 'to'],
      ['events-over-time.csv?granularity=day&from=2000-01-01&to=2025-12-31', 'to'],
      ['events-over-time.csv?granularity=day&from=2025-01-01&to=2025-01-02&eventTypes=BATTLES,PICNICS', 'eventTypes'],
      ['events-over-time.csv?granularity=day&from=2025-01-01&to=2025-01-02&limit=many', 'limit'],
      ['events-over-time.csv?granularity=day&from=2025-01-01&to=2025-01-02&from=2025-01-01', 'from'],
      ['top-actors.csv?by=fame', 'by'],
      ['top-actors.json?kinds=EVENT', 'kinds'],
      ['claim-stances.csv?limit=0', 'limit'],
      ['figure-series.csv?placeid=place:balochistan', 'placeid'],
      ['summary.json?bom=maybe', 'bom'],
    ];
    for (const [path, parameter] of cases) {
      const res = await fetch(`${base}/export/${path}`);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.errors[0].extensions, path).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
      expect(body.errors[0].message, path).toContain(parameter);
    }
  });

  it('accepts list parameters repeated or comma-separated', async () => {
    const a = await (await fetch(`${base}/export/top-actors.json?kinds=PERSON&kinds=organization&limit=100`)).json();
    const b = await (await fetch(`${base}/export/top-actors.json?kinds=PERSON,ORGANIZATION&limit=100`)).json();
    expect(a.rows).toEqual(b.rows);
    expect(a.rows.every((r: any) => r.actor_kind !== 'PLACE')).toBe(true);
  });
});

describe('exports when the server requires authentication for reads', () => {
  let app: StartedApp;
  afterAll(async () => {
    await app?.stop();
    await closeTestDb();
  });

  it('refuse an anonymous request with 401, like GraphQL reads', async () => {
    app = await startApp(
      loadConfig({
        NODE_ENV: 'development',
        NEO4J_URI: inject('neo4jUri'),
        PORT: '0',
        HOST: '127.0.0.1',
        AUTH_READS_REQUIRE_AUTH: 'true',
      }),
      createLogger('silent'),
    );
    const res = await fetch(`http://127.0.0.1:${app.server.port}/export/summary.json`);
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
