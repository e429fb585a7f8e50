import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/schemas/events.ts';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import type { StoredMeasure } from '../../src/server/storage/measures.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();
const SEATED_EYE = 1.15;

async function sessions(): Promise<SessionRecord[]> {
  return (await apiGet<{ sessions: SessionRecord[] }>(h.server, '/api/sessions?limit=200'))
    .sessions;
}

const getJson = <T>(path: string): Promise<T> => apiGet<T>(h.server, path);

/** Turns the emulated head to look at a point in the world (seated at the origin). */
async function lookAt(page: Page, x: number, y: number, z: number): Promise<void> {
  const yaw = Math.atan2(-x, -z);
  const pitch = Math.atan2(y - SEATED_EYE, Math.hypot(x, z));
  await page.evaluate(
    ({ p, w }) => {
      const d = window.__hafanXR!.device;
      const [hp, hy] = [p / 2, w / 2];
      d.quaternion.set(
        Math.sin(hp) * Math.cos(hy),
        Math.cos(hp) * Math.sin(hy),
        -Math.sin(hp) * Math.sin(hy),
        Math.cos(hp) * Math.cos(hy),
      );
    },
    { p: pitch, w: yaw },
  );
}

const question = (page: Page) => page.getByTestId('measure-question');

/** Waits until the scene has drawn `n` more frames (software WebGL is slow under load). */
async function frames(page: Page, n: number): Promise<void> {
  const start = await page.evaluate(() => window.__hafanStats?.frames ?? 0);
  await page.waitForFunction((s) => (window.__hafanStats?.frames ?? 0) >= s, start + n);
}

/** The outbox's unsent count once it has stopped changing (the last records are being written). */
async function settledUnsent(page: Page): Promise<number> {
  const read = async () =>
    Number(await page.getByTestId('save-status').getAttribute('data-unsent'));
  let last = await read();
  for (;;) {
    await page.waitForTimeout(1500);
    const now = await read();
    if (now === last) return now;
    last = now;
  }
}

describe('a session with the network down', () => {
  it(
    'completes offline with measures answered by dwell, and delivers every record exactly once when back online',
    { timeout: 200_000 },
    async () => {
      const page = await h.context.newPage();
      // The app fetches the session's code a few seconds after the start screen is up.
      const warmed = page.waitForResponse((r) => r.url().includes('MeasureLayer'), {
        timeout: 30_000,
      });
      await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=4&itemTimeoutMs=120000`);
      await page.getByRole('button', { name: '3 minutes' }).click();
      await warmed;
      await page.waitForLoadState('networkidle');
      const before = await sessions();

      await h.context.setOffline(true);
      await page.getByTestId('enter-vr').click();
      await page.waitForFunction(() => window.__hafanStats?.presenting === true);

      // Before the intro: "How are you feeling?" Look at "Happy" (the fourth face) and hold the gaze.
      await question(page).waitFor({ timeout: 15_000 });
      expect(await question(page).textContent()).toBe('How are you feeling right now?');
      expect(await page.getByTestId('caption').textContent()).toBe('');
      await frames(page, 3); // the panel opens where the resident looks, straight ahead
      await page.screenshot({ path: 'docs/screenshots/measure-mood-vr.png' });
      await lookAt(page, 0.3, SEATED_EYE - 0.26, -1.5);
      await question(page).waitFor({ state: 'detached', timeout: 15_000 });
      await lookAt(page, 0, SEATED_EYE, -1);
      // Then the narration starts, from its first line.
      const first = await page.waitForFunction(
        () => document.querySelector('[data-testid=caption]')?.textContent || null,
      );
      expect(await first.jsonValue()).toMatch(/^Welcome/);

      // After the outro: mood again, "Very happy" (the fifth face) by dwell.
      await question(page).waitFor({ timeout: 90_000 });
      await frames(page, 3);
      await lookAt(page, 0.6, SEATED_EYE - 0.26, -1.5);
      // The comfort check is left unanswered: after its timeout it records "no answer".
      await expect
        .poll(async () => question(page).textContent(), { timeout: 45_000 })
        .toBe('Do you feel any dizziness, sickness or headache?');
      await lookAt(page, -1.4, SEATED_EYE, -0.5); // far to the left, away from every answer
      await page.getByTestId('finished').waitFor({ timeout: 60_000 });
      const waiting = await settledUnsent(page);
      expect(waiting).toBeGreaterThanOrEqual(10);
      expect(await page.getByTestId('save-status').textContent()).toMatch(/waiting to be sent/);
      expect(await sessions()).toEqual(before);

      await h.context.setOffline(false);
      await expect
        .poll(async () => page.getByTestId('save-status').getAttribute('data-unsent'), {
          timeout: 30_000,
        })
        .toBe('0');
      expect(await page.getByTestId('save-status').textContent()).toBe('Everything is saved.');

      const after = await sessions();
      expect(after).toHaveLength(before.length + 1);
      const s = after[0]!;
      expect(s.endReason).toBe('completed');
      const { events } = await getJson<{ events: SessionEvent[] }>(`/api/sessions/${s.id}/events`);
      const { measures } = await getJson<{ measures: StoredMeasure[] }>(
        `/api/sessions/${s.id}/measures`,
      );
      // Session start and end are session rows; three measures; everything else is an event.
      expect(measures).toHaveLength(3);
      expect(events.length, events.map((e) => `${e.tMs} ${e.type}`).join('\n')).toBe(
        waiting - 2 - 3,
      );
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      expect(new Set(measures.map((m) => m.id)).size).toBe(3);
      expect(
        measures.map((m) => [m.instrumentId, m.timing, m.respondent, m.answers, m.score.score]),
      ).toEqual([
        ['mood_faces', 'pre', 'self', [{ linkId: 'mood', value: 4 }], 4],
        ['mood_faces', 'post', 'self', [{ linkId: 'mood', value: 5 }], 5],
        ['sickness_check', 'post', 'self', [{ linkId: 'sickness', timedOut: true }], null],
      ]);
      const types: string[] = events.map((e) => e.type);
      // Both at t_ms 0 (stored in time order, then by id).
      expect(types.slice(0, 2).sort()).toEqual(['session_started', 'storage_status']);
      expect(types.filter((x) => x === 'measure_answered')).toHaveLength(3);
      const answered = events.flatMap((e) =>
        e.type === 'measure_answered' ? [e.data.measureId] : [],
      );
      expect(answered.sort()).toEqual(measures.map((m) => m.id).sort());
      // Measures before the intro, after the outro; the narration waited for them.
      const at = (type: string, n = 0) => types.indexOf(type, n);
      expect(at('measures_started')).toBeLessThan(at('phase_changed'));
      expect(at('measures_ended')).toBeLessThan(at('caption_shown'));
      expect(types.lastIndexOf('measures_started')).toBeGreaterThan(
        types.lastIndexOf('caption_shown'),
      );
      // The thank-you screen tells staff what the storage_status event recorded.
      const storage = events.find((e) => e.type === 'storage_status');
      expect(storage?.data).toEqual({
        storage: await page.locator('[data-storage]').getAttribute('data-storage'),
      });
      expect(types.at(-1)).toBe('completed');
      await page.close();
    },
  );
});
