import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './a11y.ts';
import { adminConsole, card } from './consolePages.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { pressControllerButton, sceneStats } from './pageTools.ts';
import { adminOf, apiPost, pairHeadsetPage } from './pairing.ts';
import { EYE, framesPass, lookAt } from './socialPages.ts';

const h = serverAndBrowserForFile({ paired: false });
const SHOTS = 'docs/screenshots';

const me = (page: Page) =>
  page.evaluate(() => {
    const s = window.__hafanSocial!.state();
    const m = s.room?.members.find((x) => x.id === s.me);
    return m
      ? { name: m.name, kind: m.kind, muted: m.muted, lantern: s.room!.lanterns.includes(m.id) }
      : null;
  });

describe('staff send a headset into a social room from the console', () => {
  it('prepares the room, the resident joins with one press, uses the targets in VR, staff end it', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const admin = await adminOf(h.server);
    const room = await apiPost<{ room: { id: string } }>(h.server, '/api/social/rooms', {
      scene: 'tea-party',
      siteId: admin.siteId,
    });
    const roomId = room.room.id;
    const resident = await apiPost<{ id: string }>(h.server, '/api/residents', {
      siteId: admin.siteId,
      code: 'R-TEA-1',
      label: 'Mair',
      consent: 'yes',
    });

    // The headset waits on its start screen, on the hub.
    const headset = await h.context.newPage();
    const paired = await pairHeadsetPage(headset, h.server, 'Rose Lounge');
    await headset.goto(`${h.server.url}/?emulate=1&stats=1`);
    await headset.waitForFunction(() => window.__hafanHub?.link()?.state() === 'online', null, {
      timeout: 60_000,
    });

    // The console: headset → resident → the open tea party → Start.
    const c = await adminConsole(h);
    await card(c, 'Rose Lounge').getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
    await c.getByRole('checkbox', { name: 'Rose Lounge' }).check();
    await c
      .getByTestId('resident-step')
      .filter({ hasText: 'Resident for Rose Lounge' })
      .getByRole('button', { name: /R-TEA-1 Mair/ })
      .click();
    await c.getByTestId('start-room').locator(`option[value="${roomId}"]`).waitFor({
      state: 'attached',
    });
    await c.getByTestId('start-room').selectOption(roomId);
    await expect.poll(() => c.getByLabel('Name in the room').inputValue()).toBe('Mair');
    // This test asks no measures (socialMeasures.e2e.ts covers them in a room).
    const measures = c.locator('fieldset', { hasText: '6. Measures' }).getByRole('checkbox');
    for (let i = 0; i < (await measures.count()); i++) await measures.nth(i).uncheck();
    expect(await seriousViolations(c)).toEqual([]);
    await c.getByTestId('start-room').scrollIntoViewIfNeeded();
    await c.screenshot({ path: `${SHOTS}/console-start-room.png` });
    await c.getByRole('button', { name: 'Start', exact: true }).click();
    await c.getByTestId('start-result').filter({ hasText: 'Ready on' }).waitFor();

    // The headset goes into the room by itself; one press takes the resident in.
    await headset.waitForURL(new RegExp(`/room/${roomId}`), { timeout: 30_000 });
    await headset.getByRole('button', { name: 'Join in the headset' }).click();
    await headset.waitForFunction(() => window.__hafanStats?.presenting === true);
    await headset.waitForFunction(() => window.__hafanSocial?.state().phase === 'seated');
    expect(await me(headset)).toMatchObject({ name: 'Mair', kind: 'resident', muted: false });
    await card(c, 'Rose Lounge').getByText('In session').waitFor({ timeout: 30_000 });
    await card(c, 'Rose Lounge').getByText('In the social room').waitFor({ timeout: 30_000 });

    // Mute by looking at the target (dwell) …
    await lookAt(headset, 0.75, EYE - 0.6, -1.5);
    await expect.poll(async () => (await me(headset))?.muted, { timeout: 20_000 }).toBe(true);
    // … the gaze still on it does not toggle it back; unmute by pointing and pulling the trigger.
    await headset.waitForTimeout(2500);
    expect((await me(headset))?.muted).toBe(true);
    await lookAt(headset, -3, EYE + 1, -1);
    await headset.evaluate(() => {
      const r = window.__hafanXR!.device.controllers.right!;
      r.position.set(0.75, 1.15 - 0.6, -1.2);
      r.quaternion.set(0, 0, 0, 1);
    });
    await framesPass(headset, 5);
    await pressControllerButton(headset, 'right', 'trigger');
    await expect.poll(async () => (await me(headset))?.muted, { timeout: 15_000 }).toBe(false);

    // Staff put the lanterns out; the resident releases theirs with a hand pinch.
    const staff = await h.context.newPage();
    await staff.setViewportSize({ width: 768, height: 1024 });
    await staff.goto(`${h.server.url}/console/rooms`);
    await staff.click('button:has-text("Garden tea party")');
    await staff.click('button:has-text("Lanterns on the water")');
    await headset.waitForFunction(
      () => window.__hafanSocial?.state().room?.activity?.kind === 'lanterns',
    );
    await headset.evaluate(() => (window.__hafanXR!.device.primaryInputMode = 'hand'));
    await headset.evaluate(() => {
      const hand = window.__hafanXR!.device.hands.right!;
      hand.position.set(0, 1.15 - 0.8, -0.9);
      hand.quaternion.set(0, 0, 0, 1);
    });
    await framesPass(headset, 5);
    await headset.evaluate(async () => {
      const hand = window.__hafanXR!.device.hands.right!;
      const start = window.__hafanStats?.frames ?? 0;
      hand.updatePinchValue(1);
      while ((window.__hafanStats?.frames ?? 0) < start + 3) {
        await new Promise((r) => setTimeout(r, 20));
      }
      hand.updatePinchValue(0);
    });
    await expect.poll(async () => (await me(headset))?.lantern, { timeout: 15_000 }).toBe(true);

    // The resident's view of the tea party, lantern on the pond.
    // (controllers resting in the lap, pointing down, so no ray crosses the view)
    await headset.evaluate(() => {
      const d = window.__hafanXR!.device;
      d.primaryInputMode = 'controller';
      for (const [c, x] of [
        [d.controllers.left!, -0.2],
        [d.controllers.right!, 0.2],
      ] as const) {
        c.position.set(x, 0.55, -0.25);
        c.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
      }
    });
    await lookAt(headset, 0, EYE - 0.3, -2.4);
    await headset.waitForTimeout(2500);
    await headset.screenshot({ path: `${SHOTS}/social-tea-party-vr.png` });
    const stats = await sceneStats(headset);
    expect(stats.drawCalls).toBeLessThanOrEqual(100);
    expect(stats.triangles).toBeLessThanOrEqual(300_000);

    // The tea party with people round the table (the scene preview's made-up guests), in 2D.
    const preview = await h.context.newPage();
    await preview.setViewportSize({ width: 640, height: 400 });
    await preview.goto(`${h.server.url}/?preview=tea-party&people=5&stats=1`);
    await preview.waitForFunction(() => (window.__hafanStats?.frames ?? 0) > 20, null, {
      timeout: 60_000,
    });
    await preview.screenshot({ path: `${SHOTS}/social-tea-party.png` });
    const previewStats = await sceneStats(preview);
    expect(previewStats.drawCalls).toBeLessThanOrEqual(100);
    await preview.close();

    // Staff end the session from the console: the headset leaves and waits for staff again.
    await card(c, 'Rose Lounge').getByRole('button', { name: 'End now' }).click();
    await headset.waitForURL(`${h.server.url}/`, { timeout: 30_000 });
    await card(c, 'Rose Lounge').getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });

    // What the database holds: the resident's own session, linked to them and to the room.
    const db = new SqliteDatabase(path.join(h.server.dataDir, 'hafan.sqlite'), { readonly: true });
    try {
      const own = () =>
        db
          .prepare(
            `SELECT id, resident_id, headset_id, end_reason FROM sessions
             WHERE headset_id = ? AND scene = 'tea-party'`,
          )
          .get(paired.headset.id) as
          { id: string; resident_id: string | null; end_reason: string | null } | undefined;
      await expect.poll(() => own()?.end_reason ?? null, { timeout: 30_000 }).toBe('interrupted');
      await expect.poll(() => own()?.resident_id ?? null, { timeout: 15_000 }).toBe(resident.id);
      const joined = db
        .prepare(
          `SELECT e.data FROM events e JOIN social_rooms r ON r.session_id = e.session_id
           WHERE r.id = ? AND e.type = 'social_joined'`,
        )
        .all(roomId) as { data: string }[];
      expect(
        joined.map((j) => (JSON.parse(j.data) as { memberSession: string }).memberSession),
      ).toContain(own()!.id);
    } finally {
      db.close();
    }
  });
});
