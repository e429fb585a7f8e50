import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { pressControllerButton } from './pageTools.ts';
import { startServer, type RunningServer } from './server.ts';

// A new build reaches a headset only on the idle start screen: installed in the background during
// a session, it waits through the session and the thank-you screen, and takes over on "Start
// again" (keeping the start screen's choices). Two real builds: dist-e2e (the package version)
// and one named by HAFAN_BUILD_ID.

const NEXT_BUILD = 'update-test-next';
const SERVED = path.resolve('.tmp/update-served');
const NEXT = path.resolve('.tmp/update-next');
let server: RunningServer;
let context: BrowserContext;

beforeAll(async () => {
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--mode', 'e2e', '--outDir', NEXT, '--logLevel', 'error'],
    { stdio: 'inherit', env: { ...process.env, HAFAN_BUILD_ID: NEXT_BUILD } },
  );
  expect(r.status).toBe(0);
  fs.rmSync(SERVED, { recursive: true, force: true });
  fs.cpSync('dist-e2e', SERVED, { recursive: true });
  server = await startServer({ dist: SERVED });
  context = await launch();
});

afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

const build = (page: Page) => page.evaluate(() => document.documentElement.dataset.hafanBuild);
const sameDocument = (page: Page) =>
  page.evaluate(() => (window as { __firstDocument?: boolean }).__firstDocument === true);

describe('a new build', () => {
  it('waits through a session and the thank-you screen, then takes over when idle', async () => {
    const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    const page = await context.newPage();
    await page.goto(`${server.url}/?emulate=1&stats=1&timeScale=2&measures=none`);
    await page.getByTestId('enter-vr').waitFor();
    await page.waitForFunction(
      () => document.documentElement.dataset.hafanOffline === 'ready',
      undefined,
      { timeout: 60_000 },
    );
    expect(await build(page)).toBe(version);
    await page.evaluate(() => ((window as { __firstDocument?: boolean }).__firstDocument = true));

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: '3 munud' }).click();
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);

    // Deploy the next build while the resident is in the session; the headset finds it.
    fs.cpSync(NEXT, SERVED, { recursive: true });
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.waitForFunction(
      () => document.documentElement.dataset.hafanUpdate === 'waiting',
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(2000);
    expect(await sameDocument(page)).toBe(true);
    expect(await page.evaluate(() => window.__hafanStats?.presenting)).toBe(true);
    expect(await build(page)).toBe(version);

    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(2000);
    expect(await sameDocument(page)).toBe(true); // the thank-you screen is not idle either

    // Back to the start screen: now the new build takes over (one reload).
    await page.getByRole('button', { name: 'Dechrau eto' }).click();
    await page.waitForFunction(
      (next) => document.documentElement.dataset.hafanBuild === next,
      NEXT_BUILD,
      {
        timeout: 30_000,
      },
    );
    expect(await sameDocument(page)).toBe(false);
    await page.getByTestId('enter-vr').waitFor();
    // The start screen's choices came across the reload: still in Welsh.
    await page.getByRole('button', { name: '3 munud' }).waitFor();
    await page.close();
  });
});

describe('a new build that takes over on its own during a session', () => {
  // Chromium activates a parked worker by itself after five minutes (or another tab may apply
  // the update): the page is then controlled by the new build mid-session. It must not reload
  // under the resident: it waits for the start screen.
  it('reloads into it only once the session is over', async () => {
    const version = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string })
      .version;
    fs.cpSync('dist-e2e', SERVED, { recursive: true }); // the old build again
    const fresh = await launch();
    try {
      const page = await fresh.newPage();
      await page.goto(`${server.url}/?stats=1&timeScale=2&measures=none`);
      await page.getByTestId('enter-2d').waitFor();
      await page.waitForFunction(
        () => document.documentElement.dataset.hafanOffline === 'ready',
        undefined,
        { timeout: 60_000 },
      );
      expect(await build(page)).toBe(version);
      await page.evaluate(() => ((window as { __firstDocument?: boolean }).__firstDocument = true));
      await page.getByTestId('enter-2d').click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();

      fs.cpSync(NEXT, SERVED, { recursive: true });
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await page.waitForFunction(
        () => document.documentElement.dataset.hafanUpdate === 'waiting',
        undefined,
        { timeout: 60_000 },
      );
      // What the browser's own timeout would do: the waiting worker takes over now.
      const cdp = await fresh.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.skipWaiting', { scopeURL: `${server.url}/` });
      await page.waitForFunction(
        () => document.documentElement.dataset.hafanUpdate === 'after-session',
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(2000);
      expect(await sameDocument(page)).toBe(true);
      await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 1000 });

      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Leave' }).click();
      await page.getByTestId('finished').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1000);
      expect(await sameDocument(page)).toBe(true);
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.waitForFunction(
        (next) => document.documentElement.dataset.hafanBuild === next,
        NEXT_BUILD,
        { timeout: 30_000 },
      );
      expect(await sameDocument(page)).toBe(false);
      await page.getByTestId('enter-2d').waitFor();
    } finally {
      await fresh.close();
    }
  });
});
