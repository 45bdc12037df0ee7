import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { ROOT } from '../../src/core/paths';
import { exampleOperations } from '../../src/http/graphiql.routes';
import { closeTestDb, wipe } from '../support/test-db';

// GraphiQL offline: headless Chromium with every request that leaves 127.0.0.1 blocked loads /graphiql,
// finds the examples of docs/examples.graphql as tabs, runs one from the UI and shows its result, under
// khabar's Content-Security-Policy (a violation would be a console error).

const CHROMIUM = '/usr/bin/chromium';
const WAIT = 30_000;
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const EXAMPLES = exampleOperations(fs.readFileSync(path.join(ROOT, 'docs', 'examples.graphql'), 'utf8'));

describe('GraphiQL in chromium, offline', () => {
  let app: StartedApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const blocked: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
    await wipe();
    app = await startApp(
      loadConfig({ NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1' }),
      createLogger('silent'),
    );
    base = `http://127.0.0.1:${app.server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // The machine as if it had no internet: anything not on 127.0.0.1 is refused (and noted).
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await closeTestDb();
  });

  it('opens the examples as tabs, runs one from the UI and shows its answer', async () => {
    await page.goto(`${base}/graphiql`);
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: WAIT }).toBe(EXAMPLES.length);
    expect(EXAMPLES[0]!.name).toBe('WhoMediatedDoha');
    // The first tab is open with its example in the editor.
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: WAIT })
      .toContain('query WhoMediatedDoha');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout: WAIT }).toContain('Turkey');
    expect(await response.innerText()).toContain('Qatar');
    expect(await response.innerText()).not.toContain('"errors"');

    // Another tab runs its own example.
    await tabs.filter({ hasText: 'HeaderPanel' }).first().click();
    await expect
      .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: WAIT })
      .toContain('query HeaderPanel');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => response.innerText(), { timeout: WAIT }).toContain('graphSummary');

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'graphiql.png') });
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it('is also the /graphql landing page, and its files come from this server', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/(src|href)="https?:/);
    for (const file of [
      'graphiql.min.js',
      'graphiql.min.css',
      'react.production.min.js',
      'react-dom.production.min.js',
    ]) {
      expect((await fetch(`${base}/graphiql/vendor/${file}`)).status, file).toBe(200);
    }
    expect((await fetch(`${base}/graphiql/vendor/package.json`)).status).toBe(404);
  });
});
