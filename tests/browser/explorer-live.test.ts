import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { formatApiKeyEntry } from '../../src/auth/api-key.store';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import type { InProcessLiveFeed } from '../../src/model/live.feed';
import { closeTestDb, wipe } from '../support/test-db';

// The explorer kept current by subscriptions: writes made over HTTP by someone else show on the open page
// without a reload (the page's own requests are counted to prove it did not reload or poll).

const CHROMIUM = '/usr/bin/chromium';
const WAIT = 30_000;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: WAIT, interval: 100 });
const EDITOR = 'editor-key-0123456789abcdefghijkl';

describe('the explorer refreshes from live updates', () => {
  let app: StartedApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const offSite: string[] = [];
  const documents: string[] = [];

  async function write(query: string, variables: Record<string, unknown> = {}) {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': EDITOR },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
  }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium`);
    await wipe();
    app = await startApp(
      loadConfig({
        NODE_ENV: 'development',
        NEO4J_URI: inject('neo4jUri'),
        PORT: '0',
        HOST: '127.0.0.1',
        AUTH_API_KEYS: formatApiKeyEntry('editor', 'editor', EDITOR),
      }),
      createLogger('silent'),
    );
    base = `http://127.0.0.1:${app.server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith(base.replace('http', 'ws'))) offSite.push(r.url());
      if (r.resourceType() === 'document') documents.push(r.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await closeTestDb();
  });

  it('shows a new alias of the entity on show and a new article in the summary, without reloading', async () => {
    await page.goto(`${base}/explorer`);
    const loads = documents.length;
    await poll(() => page.getAttribute('#live', 'data-state')).toBe('on');
    await poll(() => page.textContent('#summary [data-count="articles"]')).toBe('2 articles');

    await page.evaluate(() =>
      (
        window as unknown as { khabarExplorer: { select(id: string, kind: string): Promise<void> } }
      ).khabarExplorer.select('person:khawaja-muhammad-asif', 'PERSON'),
    );
    await poll(() => page.textContent('#panel h2')).toBe('Khawaja Muhammad Asif');
    // The page subscribes to the entity it shows; wait for the server to have it before writing.
    const feed = app.server.live as InProcessLiveFeed;
    await poll(() => feed.subscribers('entityChanged')).toBe(1);

    await write(`mutation { updateEntity(id: "person:khawaja-muhammad-asif", input: {addAliases: ["Live Alias"]})
      { id } }`);
    await poll(() => page.textContent('#panel [data-section="aliases"]')).toContain('Live Alias');

    await write(`mutation($bundle: JSONObject!) { ingestArticle(bundle: $bundle) { articleId } }`, {
      bundle: {
        formatVersion: 1,
        article: {
          id: 'article:live-browser',
          title: 'Live browser test',
          publishedDate: '2025-12-09',
          dateCertainty: 'STATED',
          url: 'https://example.org/live-browser',
        },
        entities: [
          {
            id: 'place:kabul',
            kind: 'PLACE',
            placeType: 'CITY',
            name: 'Kabul',
            aliases: [],
            source: { evidence: 'Kabul' },
          },
        ],
      },
    });
    await poll(() => page.textContent('#summary [data-count="articles"]')).toBe('3 articles');
    expect(await page.getAttribute('#live', 'data-ingested')).toBe('1');

    expect(documents).toHaveLength(loads);
    expect(problems).toEqual([]);
    expect(offSite).toEqual([]);
  });
});
