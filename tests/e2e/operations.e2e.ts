import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../src/server/ops/sqliteBackup.ts';
import { seriousViolations } from './a11y.ts';
import { launch } from './browser.ts';
import { adminOf } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';

// The admin health page and the printable staff quick-start, served from the console.

const SHOTS = 'docs/screenshots';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-ops-e2e-'));
let server: RunningServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer({ dataDir });
  context = await launch({ width: 900, height: 700 });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

describe('the admin health page', () => {
  it('asks anyone but an admin to sign in', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console/admin/health`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/sign in as an administrator/);
    expect(await page.getByTestId('health-status').count()).toBe(0);
    await page.close();
  });

  it('shows version, database, disk and the last backup, and is accessible', async () => {
    const admin = await adminOf(server);
    const [name, value] = admin.headers.cookie!.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/console/admin/health`);
    const status = page.getByTestId('health-status');
    await status.waitFor();
    // No backup yet: it says so, and what to do.
    expect(await status.getAttribute('data-status')).toBe('attention');
    expect(await status.textContent()).toMatch(/No backup has been made yet/);
    expect(await page.getByTestId('health-backup').textContent()).toMatch(/npm run backup/);

    await backupSqlite(path.join(dataDir, 'hafan.sqlite'), path.join(dataDir, 'backups'));
    await page.getByRole('button', { name: 'Check again' }).click();
    // (Only the backup warning goes: a nearly full disk would still, rightly, be flagged.)
    await expect
      .poll(async () => page.getByTestId('health-status').textContent())
      .not.toMatch(/No backup/);
    expect(await page.getByTestId('health-backup').textContent()).toMatch(/just now/);
    const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    expect(await page.getByTestId('health-version').textContent()).toBe(version);
    expect(await page.getByTestId('health-disk').textContent()).toMatch(/ of .* \(\d+ %\)/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/admin-health.png`, fullPage: true });
    await page.close();
  });
});

describe('the quick-start for care staff', () => {
  it('is linked from the console, readable, accessible and prints on two A4 sides', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/console`);
    await page.getByRole('link', { name: 'Quick-start guide for staff' }).click();
    await page.getByRole('heading', { level: 1, name: /quick-start/ }).waitFor();
    for (const name of [/Pair a new headset/, /Start a session/, /Clean/, /Charge and store/]) {
      expect(await page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/quick-start.png`, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print this guide' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });
});
