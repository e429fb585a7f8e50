import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/schemas/events.ts';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { launch } from './browser.ts';
import { adminOf, pairHeadsetPage } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';

// The offline app: after one visit, the headset page starts, runs a whole session and records it
// with the server stopped, and the records arrive once each when the server is back.

let server: RunningServer | undefined;
let context: BrowserContext;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-offline-app-'));

beforeAll(async () => {
  server = await startServer({ dataDir });
  context = await launch();
  await pairHeadsetPage(context, server);
});

afterAll(async () => {
  await context?.close();
  expect(await server?.stop()).toBe(0);
});

async function getJson<T>(url: string, headers: Record<string, string>): Promise<T> {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Waits until the service worker controls the page and has precached the app. */
async function offlineReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hafanOffline === 'ready' &&
      navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 60_000 },
  );
}

/** The outbox count once the last records (exit, session end) are written: steady for 3 s. */
async function settledUnsent(page: Page): Promise<number> {
  const read = async () =>
    Number(await page.getByTestId('save-status').getAttribute('data-unsent'));
  let last = await read();
  let steady = 0;
  while (steady < 3) {
    await page.waitForTimeout(1000);
    const now = await read();
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

describe('the headset page with the server switched off', () => {
  it('reloads, runs a whole session offline, and stores every record once when back', async () => {
    const url = server!.url;
    // The admin's sign-in lives in the database, so it still holds after the restart.
    const admin = await adminOf(server!);
    const port = Number(new URL(url).port);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${url}/?emulate=1&stats=1&timeScale=12&measures=none`);
    await page.getByTestId('enter-vr').waitFor();
    await offlineReady(page);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
      return link ? ((await (await fetch(link.href)).json()) as { start_url: string }) : null;
    });
    expect(manifest?.start_url).toBe('/');

    // The server goes away entirely (not just "offline" in the browser).
    expect(await server!.stop()).toBe(0);
    server = undefined;
    await page.reload();
    await page.getByTestId('enter-vr').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '3 minutes' }).click();
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    // 3 minutes at 12× is 15 s, plus the fades.
    await page.getByTestId('finished').waitFor({ timeout: 90_000 });
    const status = page.getByTestId('save-status');
    const waiting = await settledUnsent(page);
    expect(waiting).toBeGreaterThanOrEqual(6);
    expect(await status.textContent()).toMatch(/waiting to be sent/);

    // The same server, database and address come back: the outbox drains on its own.
    server = await startServer({ dataDir, port });
    await expect
      .poll(async () => status.getAttribute('data-unsent'), { timeout: 60_000 })
      .toBe('0');
    expect(await status.textContent()).toBe('Everything is saved.');

    const { sessions } = await getJson<{ sessions: SessionRecord[] }>(
      `${server.url}/api/sessions?limit=50`,
      admin.headers,
    );
    expect(sessions).toHaveLength(1);
    const s = sessions[0]!;
    expect(s.endReason).toBe('completed');
    expect(s.lengthMin).toBe(3);
    const { events } = await getJson<{ events: SessionEvent[] }>(
      `${server.url}/api/sessions/${s.id}/events`,
      admin.headers,
    );
    // The session's start and end are the session row; every other record is one event.
    expect(events).toHaveLength(waiting - 2);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const types = events.map((e) => e.type);
    // The storage note is logged at time 0 alongside the start; everything else follows the start.
    expect(types.filter((t) => t !== 'storage_status')[0]).toBe('session_started');
    expect(types).toContain('storage_status');
    expect(types).toContain('phase_changed');
    expect(types).toContain('caption_shown');
    expect(errors).toEqual([]);
    await page.close();
  });
});
