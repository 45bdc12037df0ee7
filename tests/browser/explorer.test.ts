import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type StartedApp } from '../../src/app';
import { loadConfig } from '../../src/core/config';
import { createLogger } from '../../src/core/logger';
import { closeTestDb, wipe } from '../support/test-db';
import { ROOT } from '../../src/core/paths';

// The explorer in a real browser: Debian's chromium (installed by .ci/run) driven by playwright-core.
// No browser download: a missing /usr/bin/chromium fails this test rather than skipping it.

const CHROMIUM = '/usr/bin/chromium';
// A fresh Neo4j plans each query on first use; waits are generous, and never a pass/fail criterion.
const WAIT = 30_000;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: WAIT, interval: 100 });
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

describe('the explorer page in chromium', () => {
  let app: StartedApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const offSite: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(
        `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
      );
    await wipe();
    app = await startApp(
      loadConfig({ NODE_ENV: 'development', NEO4J_URI: inject('neo4jUri'), PORT: '0', HOST: '127.0.0.1' }),
      createLogger('silent'),
    );
    base = `http://127.0.0.1:${app.server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) offSite.push(r.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await closeTestDb();
  });

  it('searches an entity, draws its neighbourhood, expands a node and shows sources; screenshot saved', async () => {
    await page.goto(`${base}/explorer`);
    // The header summary and both charts come from the aggregate queries.
    await page.waitForFunction(() => /events/.test(document.querySelector('#summary')?.textContent ?? ''), null, {
      timeout: WAIT,
    });
    await poll(() => page.textContent('#summary')).toContain('21 events');

    await page.fill('#search', 'Khawaja Asif');
    const suggestion = page.locator('#suggestions li[data-id="person:khawaja-muhammad-asif"]');
    await suggestion.waitFor({ state: 'visible', timeout: WAIT });
    await suggestion.click();

    await page.waitForFunction(() => Number(document.querySelector('#graph')?.getAttribute('data-nodes')) > 1, null, {
      timeout: WAIT,
    });
    const counts = async () => ({
      nodes: Number(await page.getAttribute('#graph', 'data-nodes')),
      edges: Number(await page.getAttribute('#graph', 'data-edges')),
    });
    const first = await counts();
    expect(first.nodes).toBeGreaterThanOrEqual(4); // him, two events, his claims, his office
    expect(first.edges).toBeGreaterThanOrEqual(first.nodes - 1);

    // The entity panel: name, aliases, roles, quotes and the article it comes from.
    const panel = page.locator('#panel');
    await poll(() => panel.getAttribute('data-entity-id')).toBe('person:khawaja-muhammad-asif');
    await poll(() => panel.locator('h2').textContent()).toBe('Khawaja Muhammad Asif');
    expect(await panel.locator('[data-section="aliases"]').textContent()).toContain('Khawaja Asif');
    expect(await panel.locator('[data-section="roles"]').textContent()).toContain('Defence Minister of Pakistan');
    expect(await panel.locator('[data-section="quotes"] blockquote').count()).toBeGreaterThan(0);
    const sources = panel.locator('[data-section="sources"] li');
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().textContent()).toContain('Pakistan, Afghanistan talks in Istanbul');

    // Timeline of his events, oldest first.
    await poll(() => page.locator('#timeline li a').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#timeline li time').first().textContent()).toBe('19 October 2025');

    // Clicking a node expands it: the Doha talks bring their mediators and parties.
    const pos = await page.evaluate(() => {
      const cy = (window as any).khabarExplorer.cy;
      const n = cy.getElementById('event:doha-talks-2025-10-19');
      const p = n.renderedPosition();
      const box = document.querySelector('#graph')!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await poll(async () => (await counts()).nodes).toBeGreaterThan(first.nodes);
    await poll(() => panel.getAttribute('data-entity-id')).toBe('event:doha-talks-2025-10-19');
    const expanded = await page.evaluate(() =>
      (window as any).khabarExplorer.cy.getElementById('place:qatar').nonempty(),
    );
    expect(expanded).toBe(true);
    const second = await counts();
    expect(second.edges).toBeGreaterThan(first.edges);

    // Both charts drew on their canvases.
    for (const id of ['#events-chart', '#actors-chart']) {
      const drawn = await page.evaluate((sel) => {
        const c = document.querySelector(sel) as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
        return false;
      }, id);
      expect(drawn, id).toBe(true);
    }

    await page.evaluate(() => (window as any).khabarExplorer.cy.fit(undefined, 30));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png'), fullPage: true });

    expect(problems).toEqual([]);
    expect(offSite).toEqual([]);
  }, 180_000);

  it('serves cytoscape and Chart.js from this server, under a policy that allows no other origin', async () => {
    for (const file of ['cytoscape.min.js', 'chart.umd.min.js']) {
      const res = await fetch(`${base}/explorer/vendor/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(/javascript/);
    }
    const html = await fetch(`${base}/explorer`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await html.text()).not.toMatch(/https?:\/\//);
    expect((await fetch(`${base}/explorer/vendor/constructor`)).status).toBe(404);
  });
});
