import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { blockExternal } from './pageTools.ts';
import { adminOf, pairHeadsetPage } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';

// A press on "enter the headset" the moment the button shows must enter the headset. The canvas
// (and the renderer the XR session presents to) can arrive after the page's first paint; a
// button shown before then did nothing at all (seen once in CI on the room page).
let server: RunningServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer();
  context = await launch();
  blockExternal(context);
  await pairHeadsetPage(context, server, 'Quick Lounge');
});

afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

declare global {
  interface Window {
    __pressedAt?: number;
  }
}

/** Presses the button matching `selector` in the same task that puts it on the page. */
async function pressOnSight(page: Page, selector: string): Promise<void> {
  await page.addInitScript((sel) => {
    const press = () => {
      const b = document.querySelector<HTMLButtonElement>(sel);
      if (!b || window.__pressedAt !== undefined) return;
      window.__pressedAt = performance.now();
      b.click();
    };
    new MutationObserver(press).observe(document, { subtree: true, childList: true });
  }, selector);
}

async function presents(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__pressedAt !== undefined, null, { timeout: 60_000 });
  await page.waitForFunction(() => window.__hafanStats?.presenting === true, null, {
    timeout: 30_000,
  });
}

describe('entering the headset with the first possible press', () => {
  it('on the start screen', async () => {
    const page = await context.newPage();
    await pressOnSight(page, '[data-testid=enter-vr]');
    await page.goto(`${server.url}/?emulate=1&stats=1`);
    await presents(page);
    await page.close();
  });

  it('on a social room page', async () => {
    const admin = await adminOf(server);
    const res = await fetch(`${server.url}/api/social/rooms`, {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ scene: 'campfire', siteId: admin.siteId }),
    });
    const { room } = (await res.json()) as { room: { id: string } };
    const page = await context.newPage();
    await pressOnSight(page, '[data-testid=join-vr]');
    await page.goto(`${server.url}/room/${room.id}?emulate=1&stats=1&name=Mair&colour=rose`);
    await presents(page);
    await page.close();
  });
});
