import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { roomPanelDistance } from '../../src/core/social/roomSessionFlow.ts';
import type { StoredMeasure } from '../../src/server/storage/measures.ts';
import { teaPartyManifest } from '../../src/experience/scenes/tea-party/manifest.ts';
import { addResident, adminConsole, card } from './consolePages.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { pressControllerButton } from './pageTools.ts';
import { adminOf, apiGet, apiPost, pairHeadsetPage } from './pairing.ts';
import { EYE, framesPass, lookAt } from './socialPages.ts';

// A console-started room session with the default measures (mood before and after, the comfort
// check after): asked in the headset after Join and before the room, and after leaving it.

const h = serverAndBrowserForFile({ paired: false });
/**
 * Where the mood faces sit (src/experience/measures/MeasureLayer.tsx): 0.3 m apart, 0.26 m below
 * the eye, and at the tea party nearer than in a relaxation scene, in front of the teapot.
 */
const faceX = (value: number) => -0.6 + (value - 1) * 0.3;
const ROW_Y = EYE - 0.26;
const PANEL_Z = -roomPanelDistance(teaPartyManifest.social.seatRadius);
/**
 * Each unanswered question records "no answer" after this long (test builds only): long enough
 * for a gaze-dwell on a loaded machine, where software-rendered frames come slowly and a dwell
 * counts at most 250 ms a frame.
 */
const ITEM_TIMEOUT_MS = 30_000;

const question = (page: Page) => page.getByTestId('measure-question');

/**
 * Waits until the headset's question panel shows the answers to `item`: the panel has opened
 * where the resident looks (straight ahead), so the answers are where this test expects them.
 */
const answersShown = (page: Page, item: string) =>
  page.waitForFunction((k) => window.__hafanMeasureArmed === k, item, { timeout: 30_000 });

/**
 * A room opened, a resident added, a paired headset waiting on its start screen, and staff
 * sending it into the room from the console with the default measures (checked as such).
 */
async function sendToRoom(headsetName: string, code: string, label: string) {
  const admin = await adminOf(h.server);
  const room = await apiPost<{ room: { id: string } }>(h.server, '/api/social/rooms', {
    scene: 'tea-party',
    siteId: admin.siteId,
  });
  const roomId = room.room.id;
  const resident = await addResident(h.server, { code, label, consent: 'yes' });

  const headset = await h.context.newPage();
  const paired = await pairHeadsetPage(headset, h.server, headsetName);
  await headset.goto(`${h.server.url}/?emulate=1&stats=1&itemTimeoutMs=${ITEM_TIMEOUT_MS}`);
  await headset.waitForFunction(() => window.__hafanHub?.link()?.state() === 'online', null, {
    timeout: 60_000,
  });

  const c = await adminConsole(h);
  await card(c, headsetName).getByText('Idle: waiting for staff').waitFor({ timeout: 30_000 });
  await c.getByRole('checkbox', { name: headsetName }).check();
  await c
    .getByTestId('resident-step')
    .filter({ hasText: `Resident for ${headsetName}` })
    .getByRole('button', { name: new RegExp(`${code} ${label}`) })
    .click();
  await c.getByTestId('start-room').locator(`option[value="${roomId}"]`).waitFor({
    state: 'attached',
  });
  await c.getByTestId('start-room').selectOption(roomId);
  const measures = c.locator('fieldset', { hasText: '6. Measures' });
  for (const m of ['How I feel, before', 'How I feel, after', 'Comfort check, after']) {
    expect(await measures.getByRole('checkbox', { name: m }).isChecked()).toBe(true);
  }
  await c.getByRole('button', { name: 'Start', exact: true }).click();
  await c.getByTestId('start-result').filter({ hasText: 'Ready on' }).waitFor();
  await headset.waitForURL(new RegExp(`/room/${roomId}`), { timeout: 30_000 });
  const view = () =>
    apiGet<{ view: { members: { name: string; status: string }[] } | null }>(
      h.server,
      `/api/social/rooms/${roomId}`,
    );
  const db = new SqliteDatabase(path.join(h.server.dataDir, 'hafan.sqlite'), { readonly: true });
  const own = () => {
    const rows = db
      .prepare(`SELECT id, resident_id, end_reason FROM sessions WHERE headset_id = ?`)
      .all(paired.headset.id) as { id: string; resident_id: string; end_reason: string | null }[];
    return rows;
  };
  return { headset, console: c, roomId, resident, view, db, own };
}

const stored = (sessionId: string) =>
  apiGet<{ measures: StoredMeasure[] }>(h.server, `/api/sessions/${sessionId}/measures`).then(
    (r) => r.measures,
  );

describe('measures planned for a social session started from the console', () => {
  it(
    'asks mood before the room (dwell) and after it (trigger); the server has both',
    { timeout: 240_000 },
    async () => {
      const {
        headset,
        console: c,
        roomId,
        resident,
        view,
        db,
        own,
      } = await sendToRoom('Rose Lounge', 'R-MSR-1', 'Mair');
      try {
        // Join: the mood question comes first, before the resident is in the room.
        await headset.getByRole('button', { name: 'Join in the headset' }).click();
        await headset.waitForFunction(() => window.__hafanStats?.presenting === true);
        await question(headset).waitFor({ timeout: 30_000 });
        expect(await question(headset).textContent()).toBe('How are you feeling right now?');
        expect(await headset.evaluate(() => window.__hafanSocial!.state().me)).toBeNull();
        expect((await view()).view?.members ?? []).toEqual([]);
        await card(c, 'Rose Lounge').getByText('In session').waitFor({ timeout: 30_000 });
        const phaseOnCard = () => card(c, 'Rose Lounge').getByTestId('headset-phase').textContent();
        await expect.poll(phaseOnCard).toBe('Questions before the session');

        // Answered by looking at "Happy" (the answers appear once the gaze is off their row).
        await lookAt(headset, 0, EYE, -1.5);
        await answersShown(headset, 'mood_faces:pre:mood');
        await framesPass(headset, 2);
        await headset.screenshot({ path: 'docs/screenshots/social-measure-vr.png' });
        await lookAt(headset, faceX(4), ROW_Y, PANEL_Z);
        await question(headset).waitFor({ state: 'detached', timeout: ITEM_TIMEOUT_MS });
        await headset.waitForFunction(
          () => window.__hafanSocial?.state().phase === 'seated',
          null,
          {
            timeout: 30_000,
          },
        );
        const present = async () =>
          (await view()).view?.members.filter((m) => m.status === 'admitted').map((m) => m.name);
        expect(await present()).toEqual(['Mair']);
        await expect.poll(phaseOnCard).not.toMatch(/^Questions/);
        await expect.poll(() => own().length, { timeout: 30_000 }).toBe(1);
        const sessionId = own()[0]!.id;
        expect(own()[0]!.resident_id).toBe(resident.id);
        await expect
          .poll(async () => (await stored(sessionId)).length, { timeout: 30_000 })
          .toBe(1);

        // Staff end the session: the resident leaves the room first, then the questions after.
        await lookAt(headset, 0, EYE, -1.5);
        await card(c, 'Rose Lounge').getByRole('button', { name: 'End now' }).click();
        await question(headset).waitFor({ timeout: 30_000 });
        expect(await question(headset).textContent()).toBe('How are you feeling right now?');
        await expect.poll(present).toEqual([]);
        await expect.poll(phaseOnCard).toBe('Questions after the session');
        expect(headset.url()).toContain(`/room/${roomId}`);

        // Answered by pointing at "Very happy" and pulling the trigger.
        await answersShown(headset, 'mood_faces:post:mood');
        await headset.evaluate(
          ({ x, y }) => {
            const r = window.__hafanXR!.device.controllers.right!;
            r.position.set(x, y, -0.6);
            r.quaternion.set(0, 0, 0, 1);
          },
          { x: faceX(5), y: ROW_Y },
        );
        await framesPass(headset, 3);
        await pressControllerButton(headset, 'right', 'trigger', { frames: 2, maxMs: 4000 });
        // The comfort check nobody answers: "no answer" after its wait, then home.
        await expect
          .poll(() => question(headset).textContent(), { timeout: 30_000 })
          .toBe('Do you feel any dizziness, sickness or headache?');
        await headset.evaluate(() => {
          const r = window.__hafanXR!.device.controllers.right!;
          r.position.set(0.4, 0.5, -0.2);
          r.quaternion.set(-Math.SQRT1_2, 0, 0, Math.SQRT1_2);
        });
        await headset.waitForURL(`${h.server.url}/`, { timeout: ITEM_TIMEOUT_MS + 30_000 });
        await card(c, 'Rose Lounge').getByText('Idle: waiting for staff').waitFor({
          timeout: 30_000,
        });

        // The server has every measure for the resident's own session, in order.
        await expect
          .poll(async () => (await stored(sessionId)).length, { timeout: 30_000 })
          .toBe(3);
        const [pre, postMood, comfort] = await stored(sessionId);
        expect(pre).toMatchObject({
          instrumentId: 'mood_faces',
          timing: 'pre',
          respondent: 'self',
        });
        expect(pre!.answers).toEqual([{ linkId: 'mood', value: 4 }]);
        expect(postMood).toMatchObject({ instrumentId: 'mood_faces', timing: 'post' });
        expect(postMood!.answers).toEqual([{ linkId: 'mood', value: 5 }]);
        expect(comfort).toMatchObject({ instrumentId: 'sickness_check', timing: 'post' });
        expect(comfort!.answers).toEqual([{ linkId: 'sickness', timedOut: true }]);
        await expect.poll(() => own()[0]!.end_reason, { timeout: 30_000 }).toBe('interrupted');
      } finally {
        db.close();
        await headset.close();
        await c.close();
      }
    },
  );

  it(
    'asks the same questions on the screen (2D), and after the resident chooses to leave',
    { timeout: 180_000 },
    async () => {
      const { headset, console: c, view, db, own } = await sendToRoom('Oak Room', 'R-MSR-2', 'Huw');
      try {
        await headset.setViewportSize({ width: 640, height: 560 });
        await headset.getByRole('button', { name: 'Join on this screen' }).click();
        await question(headset).waitFor({ timeout: 30_000 });
        expect(await question(headset).textContent()).toBe('How are you feeling right now?');
        expect(await headset.evaluate(() => window.__hafanStats?.presenting ?? false)).toBe(false);
        // Only the question and Leave: nothing about the room yet.
        expect(await headset.getByText('Connecting').count()).toBe(0);
        expect(await headset.getByRole('button', { name: 'Leave' }).isVisible()).toBe(true);
        await headset.screenshot({ path: 'docs/screenshots/social-measure-2d.png' });
        await headset.getByRole('button', { name: 'Okay', exact: true }).click();
        await headset.waitForFunction(
          () => window.__hafanSocial?.state().phase === 'seated',
          null,
          {
            timeout: 30_000,
          },
        );
        await expect
          .poll(async () => (await view()).view?.members.map((m) => m.name))
          .toEqual(['Huw']);

        // The resident leaves: out of the room, then mood and the comfort check, then home.
        await headset.getByRole('button', { name: 'Leave' }).click();
        await expect
          .poll(() => question(headset).textContent())
          .toBe('How are you feeling right now?');
        await expect.poll(async () => (await view()).view?.members.length).toBe(0);
        expect(await headset.getByText('Thank you for joining').count()).toBe(0);
        await headset.getByRole('button', { name: 'Sad', exact: true }).click();
        await expect
          .poll(() => question(headset).textContent())
          .toBe('Do you feel any dizziness, sickness or headache?');
        await headset.getByRole('button', { name: 'No', exact: true }).click();
        await headset.waitForURL(`${h.server.url}/`, { timeout: 30_000 });

        await expect
          .poll(() => own()[0]?.end_reason ?? null, { timeout: 30_000 })
          .toBe('exited_by_resident');
        const sessionId = own()[0]!.id;
        await expect
          .poll(async () => (await stored(sessionId)).length, { timeout: 30_000 })
          .toBe(3);
        expect((await stored(sessionId)).map((m) => [m.instrumentId, m.timing, m.answers])).toEqual(
          [
            ['mood_faces', 'pre', [{ linkId: 'mood', value: 3 }]],
            ['mood_faces', 'post', [{ linkId: 'mood', value: 2 }]],
            ['sickness_check', 'post', [{ linkId: 'sickness', value: 0 }]],
          ],
        );
      } finally {
        db.close();
        await headset.close();
        await c.close();
      }
    },
  );
});
