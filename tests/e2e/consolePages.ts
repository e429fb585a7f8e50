import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { addHeadset } from '../server/liveAuth.ts';
import type { Harness } from './harness.ts';
import { adminOf } from './pairing.ts';
import type { RunningServer } from './server.ts';

// Pages and probes for the console's browser tests: headset pages that pair by keypad, fault
// injection on the hub, the console's headset cards, and what the pages measure.

/**
 * A headset page that pairs itself as staff would: the admin adds the headset and reads out its
 * one-time code, which is typed on the page's keypad. Pages of one browser share localStorage,
 * so each page starts unpaired; once paired it holds its own token in memory (nothing here
 * reloads a headset page). Waits until it is on the hub.
 */
export async function headsetPage(
  h: Harness,
  name: string,
  query: string,
): Promise<{ page: Page; id: string }> {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('hafan.test.fresh')) {
      localStorage.removeItem('hafan.device');
      sessionStorage.setItem('hafan.test.fresh', '1');
    }
  });
  await page.addInitScript(cuttableHub);
  await page.goto(`${h.server.url}/${query}`);
  const { code, headset } = await addHeadset(await adminOf(h.server), name);
  await page.getByTestId('pair-open').click({ timeout: 60_000 });
  for (const d of code) await page.locator('.keypad button', { hasText: d }).first().click();
  await page.getByTestId('pair-submit').click();
  await page.getByTestId('device-paired').filter({ hasText: name }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__hafanHub?.link()?.state() === 'online', null, {
    timeout: 60_000,
  });
  return { page, id: headset.id };
}

declare global {
  interface Window {
    __poseTimes?: Record<string, number[]>;
  }
}

/** Console page: notes when each headset's pose frames arrive over the hub (the ~10 Hz check). */
export function countPoseFrames(): void {
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('message', (e: MessageEvent) => {
        if (typeof e.data !== 'string' || !e.data.includes('"type":"pose"')) return;
        const { headsetId } = JSON.parse(e.data) as { headsetId: string };
        ((window.__poseTimes ??= {})[headsetId] ??= []).push(performance.now());
      });
    }
  };
}

/**
 * Fault injection for a headset page: `window.__cutHub(true)` drops its hub connection and makes
 * every reconnect fail (as when the Wi-Fi to the server goes), `__cutHub(false)` lets it back.
 */
export function cuttableHub(): void {
  const Real = window.WebSocket;
  const sockets: WebSocket[] = [];
  let cut = false;
  window.WebSocket = class extends Real {
    constructor(url: string | URL, protocols?: string | string[]) {
      const hub = String(url).includes('/api/hub');
      super(cut && hub ? 'ws://127.0.0.1:9/api/hub' : url, protocols);
      if (hub) sockets.push(this);
    }
  };
  (window as unknown as { __cutHub: (on: boolean) => void }).__cutHub = (on) => {
    cut = on;
    if (on) for (const s of sockets.splice(0)) s.close();
  };
}
export const cutHub = (p: Page, on: boolean) =>
  p.evaluate((x) => (window as unknown as { __cutHub: (on: boolean) => void }).__cutHub(x), on);

/** Adds a resident at the admin's site through the residents API. */
export async function addResident(
  server: RunningServer,
  body: {
    code: string;
    label: string;
    consent: 'yes' | 'no';
    preferences?: object;
  },
): Promise<{ id: string }> {
  const admin = await adminOf(server);
  const res = await fetch(`${server.url}/api/residents`, {
    method: 'POST',
    headers: { ...admin.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ siteId: admin.siteId, ...body }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

/** The built chunks that carry three.js (its renderer), as paths the browser requests. */
export function threeJsChunks(dist = 'dist-e2e'): string[] {
  const dir = path.join(dist, 'assets');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('WebGLRenderer'))
    .map((f) => `/assets/${f}`);
}

/** A headset's card on the live console, found by its name. */
export const card = (c: Page, name: string) =>
  c.locator('[data-testid=headset-card]', { has: c.getByRole('heading', { name }) });

/** Breath time minus local time: equal on two headsets breathing from one clock. */
export const breathPhase = (p: Page) =>
  p.evaluate(() => {
    const g = window.__hafanHub!.groupClock;
    return {
      active: g.active,
      lead: g.lastBreathMs - g.lastAtMs,
      age: performance.timeOrigin + performance.now() - g.lastAtMs,
    };
  });

/** The console at tablet size in the harness's browser, signed in as the first admin. */
export async function adminConsole(h: Harness): Promise<Page> {
  const admin = await adminOf(h.server);
  const [name, value] = admin.headers.cookie!.split('=') as [string, string];
  await h.context.addCookies([{ name, value, url: h.server.url }]);
  const c = await h.context.newPage();
  await c.setViewportSize({ width: 768, height: 1024 });
  await c.goto(`${h.server.url}/console`);
  return c;
}
