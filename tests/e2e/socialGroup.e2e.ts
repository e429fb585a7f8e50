import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { addResident, adminConsole, card } from './consolePages.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { adminOf, apiPost, pairHeadsetPage } from './pairing.ts';

// Two headsets sent into one social room together from the console's start flow (a group start).
// Each headset is its own browser (as two Quests are): a paired device keeps its token in
// localStorage, which pages of one browser would share.

const h = serverAndBrowserForFile({ paired: false });
const extra: BrowserContext[] = [];
afterAll(async () => {
  for (const c of extra) await c.close();
});

/** A paired headset page in a browser of its own, waiting on its start screen on the hub. */
async function headsetOnStartScreen(name: string): Promise<{ page: Page; id: string }> {
  const context = await launch();
  extra.push(context);
  const page = await context.newPage();
  const paired = await pairHeadsetPage(page, h.server, name);
  await page.goto(`${h.server.url}/?emulate=1&stats=1`);
  await page.waitForFunction(() => window.__hafanHub?.link()?.state() === 'online', null, {
    timeout: 60_000,
  });
  return { page, id: paired.headset.id };
}

/** What a room page knows of the room: me, my seat, the others and their seats. */
const roomOf = (page: Page) =>
  page.evaluate(() => {
    const s = window.__hafanSocial!.state();
    const members = (s.room?.members ?? []).filter((m) => m.status === 'admitted');
    return {
      phase: s.phase,
      me: members.find((m) => m.id === s.me) ?? null,
      others: members.filter((m) => m.id !== s.me).map((m) => ({ name: m.name, seat: m.seat })),
    };
  });

/** Pose frames received from whoever sits at `seat`. */
const framesFrom = (page: Page, seat: number) =>
  page.evaluate((s) => window.__hafanSocial!.framesBySeat[s] ?? 0, seat);

describe('a group start from the console: two headsets into one social room', () => {
  it('sends both, seats each resident apart, each sees the other, staff end both', async () => {
    const admin = await adminOf(h.server);
    const room = await apiPost<{ room: { id: string } }>(h.server, '/api/social/rooms', {
      scene: 'campfire',
      siteId: admin.siteId,
    });
    const roomId = room.room.id;
    const mair = await addResident(h.server, { code: 'R-GRP-1', label: 'Mair', consent: 'yes' });
    const huw = await addResident(h.server, { code: 'R-GRP-2', label: 'Huw', consent: 'yes' });

    const rose = await headsetOnStartScreen('Rose Lounge');
    const oak = await headsetOnStartScreen('Oak Room');

    // The console: both headsets, a resident for each, the open campfire room, no measures.
    const c = await adminConsole(h);
    for (const n of ['Rose Lounge', 'Oak Room']) {
      await card(c, n).getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
      await c.getByRole('checkbox', { name: n }).check();
    }
    const residentFor = (n: string) =>
      c.getByTestId('resident-step').filter({ hasText: `Resident for ${n}` });
    await residentFor('Rose Lounge')
      .getByRole('button', { name: /R-GRP-1 Mair/ })
      .click();
    await residentFor('Oak Room')
      .getByRole('button', { name: /R-GRP-2 Huw/ })
      .click();
    await c.getByTestId('start-room').locator(`option[value="${roomId}"]`).waitFor({
      state: 'attached',
    });
    await c.getByTestId('start-room').selectOption(roomId);
    const names = c.getByLabel('Name in the room');
    await expect.poll(() => names.count()).toBe(2);
    expect([await names.nth(0).inputValue(), await names.nth(1).inputValue()].sort()).toEqual([
      'Huw',
      'Mair',
    ]);
    // Staff may skip the measures: this session asks none.
    const measures = c.locator('fieldset', { hasText: '6. Measures' }).getByRole('checkbox');
    for (let i = 0; i < (await measures.count()); i++) await measures.nth(i).uncheck();
    await c.getByRole('button', { name: 'Start group session (2 headsets)' }).click();
    await c.getByTestId('start-result').filter({ hasText: 'Ready on' }).waitFor();

    // Both headsets go into the room by themselves; one press each takes the residents in.
    for (const { page } of [rose, oak]) {
      await page.waitForURL(new RegExp(`/room/${roomId}`), { timeout: 30_000 });
      await page.getByRole('button', { name: 'Join in the headset' }).click();
    }
    for (const { page } of [rose, oak]) {
      await page.waitForFunction(() => window.__hafanStats?.presenting === true, null, {
        timeout: 30_000,
      });
      await page.waitForFunction(() => window.__hafanSocial?.state().phase === 'seated', null, {
        timeout: 30_000,
      });
    }

    // Seated apart, each sees the other: their member in the room, and their poses arriving.
    await expect.poll(async () => (await roomOf(rose.page)).others.length).toBe(1);
    await expect.poll(async () => (await roomOf(oak.page)).others.length).toBe(1);
    const atRose = await roomOf(rose.page);
    const atOak = await roomOf(oak.page);
    expect(atRose.me).toMatchObject({ name: 'Mair', kind: 'resident' });
    expect(atOak.me).toMatchObject({ name: 'Huw', kind: 'resident' });
    expect(atRose.me!.seat).not.toBeNull();
    expect(atOak.me!.seat).not.toBeNull();
    expect(atRose.me!.seat).not.toBe(atOak.me!.seat);
    expect(atRose.others).toEqual([{ name: 'Huw', seat: atOak.me!.seat }]);
    expect(atOak.others).toEqual([{ name: 'Mair', seat: atRose.me!.seat }]);
    await expect
      .poll(() => framesFrom(rose.page, atOak.me!.seat!), { timeout: 30_000 })
      .toBeGreaterThan(3);
    await expect
      .poll(() => framesFrom(oak.page, atRose.me!.seat!), { timeout: 30_000 })
      .toBeGreaterThan(3);
    await expect
      .poll(() => rose.page.evaluate((s) => window.__hafanSocial!.headOf(s), atOak.me!.seat!))
      .not.toBeNull();

    // The console shows both in session.
    for (const n of ['Rose Lounge', 'Oak Room']) {
      await card(c, n).getByText('In session').waitFor({ timeout: 30_000 });
    }

    // Staff end Rose Lounge's session from its card: Mair leaves, Huw stays in the room.
    await card(c, 'Rose Lounge').getByRole('button', { name: 'End now' }).click();
    await rose.page.waitForURL(`${h.server.url}/`, { timeout: 30_000 });
    await expect.poll(async () => (await roomOf(oak.page)).others.length).toBe(0);
    expect((await roomOf(oak.page)).phase).toBe('seated');
    // Then staff end the room itself: Oak Room goes back to its start screen too.
    await apiPost(h.server, `/api/social/rooms/${roomId}/end`, {});
    await oak.page.waitForURL(`${h.server.url}/`, { timeout: 30_000 });
    for (const n of ['Rose Lounge', 'Oak Room']) {
      await card(c, n).getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
    }

    // Each headset recorded its own session for its own resident.
    const db = new SqliteDatabase(path.join(h.server.dataDir, 'hafan.sqlite'), { readonly: true });
    try {
      const own = (headsetId: string) =>
        db
          .prepare(
            `SELECT id, resident_id, end_reason FROM sessions
             WHERE headset_id = ? AND scene = 'campfire'`,
          )
          .all(headsetId) as { id: string; resident_id: string | null; end_reason: string }[];
      await expect
        .poll(() => own(rose.id).map((s) => s.end_reason), { timeout: 30_000 })
        .toEqual(['interrupted']);
      await expect
        .poll(() => own(oak.id).map((s) => s.end_reason), { timeout: 30_000 })
        .toEqual(['completed']);
      expect(own(rose.id)[0]!.resident_id).toBe(mair.id);
      expect(own(oak.id)[0]!.resident_id).toBe(huw.id);
      const joined = db
        .prepare(
          `SELECT e.data FROM events e JOIN social_rooms r ON r.session_id = e.session_id
           WHERE r.id = ? AND e.type = 'social_joined'`,
        )
        .all(roomId) as { data: string }[];
      const linked = joined.map(
        (j) => (JSON.parse(j.data) as { memberSession: string }).memberSession,
      );
      expect(linked).toContain(own(rose.id)[0]!.id);
      expect(linked).toContain(own(oak.id)[0]!.id);
    } finally {
      db.close();
    }
  });
});
