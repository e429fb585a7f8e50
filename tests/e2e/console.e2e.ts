import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../server/auth.ts';
import { setupTokenFrom } from '../server/liveAuth.ts';
import { seriousViolations } from './a11y.ts';
import { launch } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The console's sign-in, first-admin setup and admin pages on a 768×1024 tablet, driven by
 * keyboard only, with axe-core on every page and screenshots for the README.
 */
const SHOTS = 'docs/screenshots';
let server: RunningServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  context = await launch({ width: 768, height: 1024 });
  page = await context.newPage();
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

/** Tabs until the focused element matches, as a keyboard user would. */
async function tabTo(name: RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.getAttribute('id');
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return label ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    });
    if (name.test(label.trim())) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

describe('the console on a tablet, by keyboard', () => {
  it('sets up the first admin from the printed link', async () => {
    await page.goto(`${server.url}/console/setup#${setupTokenFrom(server.output())}`);
    await page.getByRole('heading', { name: 'Choose your password' }).waitFor();
    expect(await page.getByText('For Administrator').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(/^New password$/);
    await page.keyboard.type(TEST_PASSWORD);
    await tabTo(/^The same password again$/);
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe('/console');
  });

  it('adds a headset and shows its pairing code large', async () => {
    await page.goto(`${server.url}/console/admin`);
    await page.getByRole('heading', { name: 'Headsets' }).waitFor();
    await tabTo(/^Name$/);
    await page.keyboard.type('Oak Lounge 2');
    await page.keyboard.press('Enter');
    await page.getByTestId('pairing-code').waitFor();
    expect(await page.locator('.big-code').textContent()).toMatch(/^\d{4} \d{4}$/);
    await page.getByRole('cell', { name: 'Waiting to be paired' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-admin-headsets.png` });
  });

  it('adds a staff account and hands over its one-time link', async () => {
    await page.goto(`${server.url}/console/admin#users`);
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await tabTo(/^Username$/);
    await page.keyboard.type('nia');
    await tabTo(/^Name$/);
    await page.keyboard.type('Nia Evans');
    await page.keyboard.press('Enter');
    await page.getByTestId('setup-link').waitFor();
    expect(await page.getByTestId('setup-link').textContent()).toMatch(
      /\/console\/setup#[\w-]{40,}/,
    );
    await page.getByRole('cell', { name: 'Nia Evans', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-admin-accounts.png` });
  });

  it('adds a resident, finds them in one tap, and records research consent', async () => {
    await page.goto(`${server.url}/console/admin#residents`);
    await page.getByRole('heading', { name: 'Residents' }).waitFor();
    await tabTo(/^Code$/);
    await page.keyboard.type('R-014');
    await tabTo(/^Label for staff/);
    await page.keyboard.type('Mair, room 12');
    await page.keyboard.press('Enter');
    await page.getByTestId('resident-card').waitFor();
    await page.getByLabel('Find a resident').fill('mair');
    await page.getByRole('button', { name: /R-014/ }).click();
    // Saved on the server first, then shown as chosen.
    await page.getByRole('radio', { name: 'Yes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await page.getByText(/^Since /).isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/console-admin-residents.png` });
  });

  it('signs out, refuses a wrong password clearly, and signs in again', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(/^Username$/);
    await page.keyboard.type('admin');
    await tabTo(/^Password$/);
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/do not match/);
    await page.screenshot({ path: `${SHOTS}/console-sign-in.png` });
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
