import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { adminOf, pairHeadsetPage } from './pairing.ts';

const h = serverAndBrowserForFile({ paired: false });
const SHOTS = 'docs/screenshots';

/** A headset page, paired; waits until it is on the hub (pages share localStorage). */
async function headsetPage(name: string, query: string): Promise<{ page: Page; id: string }> {
  const page = await h.context.newPage();
  const paired = await pairHeadsetPage(page, h.server, name);
  await page.goto(`${h.server.url}/${query}`);
  await page.waitForFunction(() => window.__hafanHub?.link()?.state() === 'online', null, {
    timeout: 60_000,
  });
  return { page, id: paired.headset.id };
}

const card = (c: Page, name: string) =>
  c.locator('[data-testid=headset-card]', { has: c.getByRole('heading', { name }) });

/** Breath time minus local time: equal on two headsets breathing from one clock. */
const breathPhase = (p: Page) =>
  p.evaluate(() => {
    const g = window.__hafanHub!.groupClock;
    return {
      active: g.active,
      lead: g.lastBreathMs - g.lastAtMs,
      age: performance.timeOrigin + performance.now() - g.lastAtMs,
    };
  });

describe('supervising a group session from the console', () => {
  it('starts two headsets together, watches them live, pauses and resumes one, ends both', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const oak = await headsetPage('Oak Lounge 2', '?emulate=1&stats=1');
    const elm = await headsetPage('Elm Room', '');

    // Staff open the console on a tablet (signed in as the site's first admin).
    const admin = await adminOf(h.server);
    const [name, value] = admin.headers.cookie!.split('=') as [string, string];
    await h.context.addCookies([{ name, value, url: h.server.url }]);
    const c = await h.context.newPage();
    await c.setViewportSize({ width: 768, height: 1024 });
    await c.goto(`${h.server.url}/console`);
    for (const n of ['Oak Lounge 2', 'Elm Room']) {
      await card(c, n).getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
    }
    expect(await seriousViolations(c)).toEqual([]);

    // Start flow, keyboard only: headsets → (guests) → scene → length → Start.
    await c.getByRole('checkbox', { name: 'Oak Lounge 2' }).focus();
    await c.keyboard.press('Space');
    await c.getByRole('checkbox', { name: 'Elm Room' }).focus();
    await c.keyboard.press('Space');
    await c.getByRole('radio', { name: 'Northern lights over a lake' }).focus();
    await c.keyboard.press('Space');
    await c.getByRole('radio', { name: '3 min' }).focus();
    await c.keyboard.press('Space');
    const start = c.getByRole('button', { name: 'Start group session (2 headsets)' });
    await start.focus();
    await c.keyboard.press('Enter');
    await c.getByTestId('start-result').filter({ hasText: 'Ready on' }).waitFor();

    // Each headset shows one big button; the residents press it some seconds apart.
    await oak.page.getByTestId('ready').waitFor();
    expect(await oak.page.getByTestId('ready').textContent()).toContain(
      'Northern lights over a lake, 3 minutes',
    );
    await oak.page.screenshot({ path: `${SHOTS}/headset-ready.png` });
    expect(await seriousViolations(oak.page)).toEqual([]);
    await oak.page.getByTestId('ready-begin').click();
    await oak.page.waitForFunction(() => window.__hafanStats?.presenting === true, null, {
      timeout: 60_000,
    });
    await elm.page.waitForTimeout(2000);
    await elm.page.getByTestId('ready-begin').click();
    for (const n of ['Oak Lounge 2', 'Elm Room']) {
      await card(c, n).getByText('In session').waitFor({ timeout: 30_000 });
    }
    await expect
      .poll(() => card(c, 'Elm Room').getByTestId('headset-phase').textContent())
      .toBe('Introduction');

    // One breathing clock: the guides agree within 100 ms although Begin was 2 s apart.
    await expect
      .poll(async () => (await breathPhase(elm.page)).age, { timeout: 30_000 })
      .toBeLessThan(2000);
    const [a, b] = [await breathPhase(oak.page), await breathPhase(elm.page)];
    expect(a.active && b.active).toBe(true);
    expect(Math.abs(a.lead - b.lead)).toBeLessThan(100);

    // The mirror: three.js arrives only now, and follows the resident's head.
    await card(c, 'Oak Lounge 2').getByRole('button', { name: 'Show mirror' }).click();
    const mirror = c.getByTestId('mirror');
    await mirror.waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => Number(await mirror.getAttribute('data-poses')), { timeout: 30_000 })
      .toBeGreaterThan(2);
    await oak.page.evaluate(() => {
      const y = Math.PI / 4; // turn 45° to the left
      window.__hafanXR!.device.quaternion.set(0, Math.sin(y / 2), 0, Math.cos(y / 2));
    });
    await expect
      .poll(async () => Number(await mirror.getAttribute('data-yaw')), { timeout: 30_000 })
      .toBeGreaterThan(35);
    await expect
      .poll(() => card(c, 'Oak Lounge 2').getByTestId('headset-caption').textContent(), {
        timeout: 30_000,
      })
      .toMatch(/Last caption: .+/);
    await c.screenshot({ path: `${SHOTS}/console-live.png`, fullPage: true });
    expect(await seriousViolations(c)).toEqual([]);

    // Pause and resume Elm from the console; Oak carries on.
    const elmCard = card(c, 'Elm Room');
    await elmCard.getByRole('button', { name: 'Pause' }).click();
    await elmCard.getByText('Paused', { exact: true }).waitFor();
    await elm.page.getByTestId('paused').waitFor();
    expect(await card(c, 'Oak Lounge 2').getByTestId('headset-state').textContent()).toBe(
      'In session',
    );
    // While paused the resident calls staff: a badge and a chime on the console, until answered.
    await elm.page.getByRole('button', { name: 'Call staff' }).click();
    await elmCard.getByText('The resident is asking for staff.').waitFor();
    await c.getByTestId('call-count').filter({ hasText: '1 resident calling' }).waitFor();
    expect(await c.evaluate(() => window.__hafanChimes)).toBe(1);
    await elmCard.getByRole('button', { name: 'I’m on my way' }).click();
    await elmCard.getByText('The resident is asking for staff.').waitFor({ state: 'detached' });
    await elmCard.getByRole('button', { name: 'Resume' }).click();
    await elmCard.getByText('In session', { exact: true }).waitFor();
    await elm.page.getByTestId('paused').waitFor({ state: 'detached' });
    await elmCard.getByRole('button', { name: '+5 min' }).click();
    await expect
      .poll(() => elmCard.getByTestId('headset-remaining').textContent(), { timeout: 15_000 })
      .toMatch(/^[67]:\d\d$/);

    // End both now.
    for (const n of ['Oak Lounge 2', 'Elm Room']) {
      await card(c, n).getByRole('button', { name: 'End now' }).click();
    }
    await oak.page.getByTestId('finished').waitFor({ timeout: 30_000 });
    await elm.page.getByTestId('finished').waitFor({ timeout: 30_000 });
    for (const n of ['Oak Lounge 2', 'Elm Room']) {
      await card(c, n).getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
    }

    // What the database holds: two sessions of this site, one per headset, ended by staff, with
    // the staff's pause, resume and extension among Elm's events.
    const db = new SqliteDatabase(path.join(h.server.dataDir, 'hafan.sqlite'), { readonly: true });
    try {
      await expect
        .poll(
          () =>
            db.prepare('SELECT COUNT(*) AS n FROM sessions WHERE end_reason IS NOT NULL').get() as {
              n: number;
            },
          { timeout: 30_000 },
        )
        .toEqual({ n: 2 });
      const rows = db
        .prepare('SELECT id, headset_id, site_id, scene, end_reason FROM sessions')
        .all() as {
        id: string;
        headset_id: string;
        site_id: string;
        scene: string;
        end_reason: string;
      }[];
      expect(rows.map((r) => r.headset_id).sort()).toEqual([oak.id, elm.id].sort());
      expect(rows.every((r) => r.scene === 'aurora' && r.end_reason === 'interrupted')).toBe(true);
      expect(new Set(rows.map((r) => r.site_id))).toEqual(new Set([admin.siteId]));
      const elmSession = rows.find((r) => r.headset_id === elm.id)!.id;
      await expect
        .poll(
          () =>
            (
              db
                .prepare('SELECT type, data FROM events WHERE session_id = ? ORDER BY t_ms')
                .all(elmSession) as { type: string; data: string }[]
            ).map((e) => ({ type: e.type, data: JSON.parse(e.data) as unknown })),
          { timeout: 30_000 },
        )
        .toEqual(
          expect.arrayContaining([
            { type: 'paused', data: { by: 'staff' } },
            { type: 'resumed', data: { by: 'staff' } },
            { type: 'extended', data: { minutes: 5, by: 'staff' } },
            { type: 'ended_by_staff', data: {} },
          ]),
        );
    } finally {
      db.close();
    }
    for (const p of [c, oak.page, elm.page]) await p.close();
    // Three pages (one in emulated VR) on a shared 2-core machine: allow for a slow run.
  }, 300_000);
});
