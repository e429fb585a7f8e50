import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/export/csv.ts';
import { migrate, openDatabase } from '../../src/server/db/database.ts';
import { createAccount, TEST_PASSWORD } from '../server/auth.ts';
import { seedStudyKey } from '../server/research/dataset.ts';
import { insertSynthetic, SYNTH_SITES } from '../server/research/synthetic.ts';
import { seriousViolations } from './a11y.ts';
import { launch } from './browser.ts';
import { blockExternal } from './pageTools.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The researcher's whole path in Chromium: open /research, filter, see the plots and their
 * tables, download every format. The server runs on a database seeded with 1,500 sessions.
 */

let server: RunningServer;
let context: BrowserContext;

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-e2e-research-'));
  const database = await openDatabase({ sqlitePath: path.join(dataDir, 'hafan.sqlite') });
  await migrate(database);
  await insertSynthetic(database.db, { sessions: 1500, eventsPerSession: 12, seed: 3 });
  await seedStudyKey(database.db);
  await createAccount(database, 'rhian.researcher', 'researcher', null);
  await createAccount(database, 'alun.admin', 'admin', null);
  await database.close();
  server = await startServer({ dataDir });
  // A tablet-sized window: the dashboard is a page of figures and tables, not a WebGL scene.
  context = await launch({ width: 1024, height: 768 });
});

afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('Password').press('Enter');
}

async function download(page: Page, key: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`a[data-export="${key}"]`).click(),
  ]);
  const file = await d.path();
  return fs.readFileSync(file, 'utf8');
}

describe('the research dashboard', () => {
  it('filters, shows the plots with a table under each, and downloads every format', async () => {
    const page = await context.newPage();
    const external = blockExternal(context);
    await page.goto(`${server.url}/research`);
    expect(await seriousViolations(page)).toEqual([]);
    await signIn(page, 'rhian.researcher');
    await page.getByRole('heading', { name: 'Change from before to after a session' }).waitFor();
    const run = page.locator('.stat').filter({ hasText: 'Sessions run' }).locator('.stat-value');
    const all = Number(await run.textContent());
    expect(all).toBeGreaterThan(1000);

    // Filter by site and scene (keyboard: focus and choose), then a date range.
    await page.getByLabel('Site', { exact: true }).selectOption(SYNTH_SITES[1]!.id);
    await page.getByLabel('Scene', { exact: true }).selectOption('beach');
    await expect.poll(async () => Number(await run.textContent())).toBeLessThan(all / 2);
    const siteScene = Number(await run.textContent());
    await page.getByLabel('From', { exact: true }).fill('2026-03-01');
    await page.getByLabel('To (inclusive)', { exact: true }).fill('2026-08-31');
    await expect.poll(async () => Number(await run.textContent())).toBeLessThan(siteScene);
    await page.locator('[aria-busy="false"]').waitFor();
    const filtered = Number(await run.textContent());
    expect(filtered).toBeGreaterThan(0);

    // The forest plot is drawn by the chart library (Observable Plot) from the same rows as its
    // table: one dot per row, a whisker per row with a confidence interval.
    const plot = page.getByRole('img', { name: /Mean change from before to after/ });
    await plot.waitFor();
    expect(await plot.getAttribute('class')).toMatch(/\bplot-/);
    const changeSection = page.locator('section', { has: page.locator('#h-change') });
    const changeRows = changeSection.locator('tbody tr');
    const dots = plot.locator('g.mean circle');
    await expect.poll(() => changeRows.count()).toBeGreaterThan(0);
    expect(await dots.count()).toBe(await changeRows.count());
    const withCi = await changeRows.filter({ hasText: ' to ' }).count();
    expect(await plot.locator('g.ci line').count()).toBe(withCi);
    // The bars: one per row of the table under them.
    const ends = page.getByRole('img', { name: 'Sessions by how they ended' });
    await ends.waitFor();
    const endRows = page.locator('section', { has: page.locator('#h-ends') }).locator('tbody tr');
    expect(await ends.locator('g.bar rect').count()).toBe(await endRows.count());
    expect(await seriousViolations(page)).toEqual([]);
    fs.mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/research-dashboard.png', fullPage: true });

    // Phone-wide: the plots are redrawn to fit, with every mark, and the page does not scroll
    // sideways.
    await page.setViewportSize({ width: 390, height: 800 });
    await expect
      .poll(() => plot.evaluate((el) => Number(el.getAttribute('width'))))
      .toBeLessThanOrEqual(390);
    expect(await dots.count()).toBe(await changeRows.count());
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({
      path: 'docs/screenshots/research-dashboard-phone.png',
      fullPage: true,
    });
    await page.setViewportSize({ width: 1024, height: 768 });

    // Every download is the filtered data in its own format.
    const sessions = parseCsv(await download(page, 'sessions'));
    expect(sessions[0]).toContain('participant_id');
    expect(sessions.length - 1).toBeLessThanOrEqual(filtered);
    expect(sessions.slice(1).every((r) => r[3] === 'beach')).toBe(true);
    expect(parseCsv(await download(page, 'measures'))[0]).toContain('answer_code');
    expect(parseCsv(await download(page, 'events'))[0]).toContain('t_ms');
    expect(parseCsv(await download(page, 'codebook'))[0]).toEqual([
      'variable',
      'table',
      'type',
      'label',
      'allowed_values',
      'units',
      'identifier',
    ]);
    const json = JSON.parse(await download(page, 'json')) as {
      sessions: unknown[];
      meta: { filters: Record<string, string> };
    };
    expect(json.meta.filters).toMatchObject({
      scene: 'beach',
      from: '2026-03-01',
      to: '2026-08-31',
    });
    expect(json.sessions.length).toBe(sessions.length - 1);
    const bundle = JSON.parse(await download(page, 'fhir')) as {
      resourceType: string;
      type: string;
      entry: unknown[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry.length).toBeGreaterThan(0);

    // With labels and the Excel byte-order mark.
    await page.getByLabel('Labels instead of codes').check();
    await page.getByLabel('CSV for Excel (byte-order mark)').check();
    const labelled = await download(page, 'sessions');
    expect(labelled.charCodeAt(0)).toBe(0xfeff);
    expect(labelled).toContain('Completed');
    expect(external).toEqual([]);
    await page.close();
  });

  it('shows admins the audit log with every export, and manages keys, retention and erasure', async () => {
    const page = await context.newPage();
    // Still signed in as the researcher: the admin page refuses, and shows no data.
    await page.goto(`${server.url}/research/admin`);
    await page.getByText('This page is for admins.').waitFor();
    expect(await page.locator('table').count()).toBe(0);
    await context.clearCookies();
    await page.reload();
    await signIn(page, 'alun.admin');
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const rows = page.locator('table.audit tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(7);
    expect(
      await rows.filter({ hasText: 'rhian.researcher' }).filter({ hasText: 'SHA-256' }).count(),
    ).toBe(7);

    await page.getByLabel('New study name').fill('Loneliness follow-up 2027');
    await page.getByRole('button', { name: 'Create study key' }).click();
    await page.locator('.secret code').waitFor();
    expect(await page.locator('.secret code').textContent()).toMatch(/^[0-9a-f]{64}$/);

    await page.getByLabel('Keep raw events for (days)').fill('365');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Raw events older than 365 days will be deleted.').waitFor();

    await page.getByLabel('Site').selectOption(SYNTH_SITES[0]!.id);
    await page.getByLabel('Resident code').fill('R-00001');
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase' }).click();
    await page.getByText(/^Erased R-00001: \d+ sessions/).waitFor();
    await expect.poll(() => rows.filter({ hasText: 'erasure' }).count()).toBe(1);
    expect(await rows.filter({ hasText: 'retention changed' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/research-admin.png', fullPage: true });
    await page.close();
  });
});
