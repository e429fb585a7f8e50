import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import type { StoredMeasure } from '../../src/server/storage/measures.ts';
import { seriousViolations } from './a11y.ts';
import { launch } from './browser.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { pressControllerButton } from './pageTools.ts';
import { adminOf, apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();

const getJson = <T>(path: string): Promise<T> => apiGet<T>(h.server, path);

async function latestSession(): Promise<SessionRecord> {
  return (await getJson<{ sessions: SessionRecord[] }>('/api/sessions?limit=1')).sessions[0]!;
}

async function measuresOf(id: string): Promise<StoredMeasure[]> {
  return (await getJson<{ measures: StoredMeasure[] }>(`/api/sessions/${id}/measures`)).measures;
}

async function frames(page: Page, n: number): Promise<void> {
  const start = await page.evaluate(() => window.__hafanStats?.frames ?? 0);
  await page.waitForFunction((s) => (window.__hafanStats?.frames ?? 0) >= s, start + n);
}

describe('measures on the screen (2D)', () => {
  it('asks one item at a time with large answers, by touch or keyboard, in English and Welsh', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 640, height: 560 });
    await page.goto(`${h.server.url}/?stats=1&measures=suds.pre,ucla3.baseline,mood_faces.post`);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('enter-2d').click();

    // SUDS, as a thermometer with 0–10, keyboard only: the first answer has the focus.
    const heading = page.getByTestId('measure-question');
    await heading.waitFor({ timeout: 15_000 });
    expect(await heading.textContent()).toBe('How upset or tense do you feel right now?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('0');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/measure-suds-2d.png' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');

    // UCLA-3: three items, one at a time; the second is declined, the third answered by touch.
    await expect
      .poll(() => heading.textContent())
      .toBe('How often do you feel that you lack companionship?');
    expect(await page.getByText('Question 1 of 3').count()).toBe(1);
    await page.getByRole('button', { name: 'Some of the time' }).click();
    await expect.poll(() => heading.textContent()).toBe('How often do you feel left out?');
    await page.getByRole('button', { name: 'Prefer not to say' }).click();
    await expect
      .poll(() => heading.textContent())
      .toBe('How often do you feel isolated from others?');
    await page.getByRole('button', { name: 'Hardly ever or never' }).click();
    await heading.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 15_000 });
    const s = await latestSession();
    await expect.poll(async () => (await measuresOf(s.id)).length, { timeout: 15_000 }).toBe(2);
    const [suds, ucla] = await measuresOf(s.id);
    expect(suds).toMatchObject({ instrumentId: 'suds', timing: 'pre', respondent: 'self' });
    expect(suds!.answers).toEqual([{ linkId: 'suds', value: 3 }]);
    expect(ucla).toMatchObject({ instrumentId: 'ucla3', timing: 'baseline' });
    expect(ucla!.answers).toEqual([
      { linkId: 'companionship', value: 2 },
      { linkId: 'left_out', declined: true },
      { linkId: 'isolated', value: 1 },
    ]);
    // Declined: incomplete, never a score from part of the answers.
    expect(ucla!.score).toMatchObject({ complete: false, score: null });
    await page.close();
  });

  it('shows the mood faces in Welsh, marked as a draft, and passes axe', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 640, height: 560 });
    await page.goto(`${h.server.url}/?stats=1`);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByTestId('enter-2d').click();
    const heading = page.getByTestId('measure-question');
    await heading.waitFor({ timeout: 15_000 });
    expect(await heading.textContent()).toBe('Sut ydych chi’n teimlo ar hyn o bryd?');
    expect(await page.getByTestId('measure-panel').getByText('Cyfieithiad drafft').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Hapus iawn' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/measure-mood-2d-cy.png' });
    await page.getByRole('button', { name: 'Gadael' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 15_000 });
    await page.close();
  });
});

describe('measures in the headset', () => {
  it('shows SUDS as a thermometer and takes "prefer not to say" by the trigger', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?emulate=1&stats=1&measures=suds.pre&itemTimeoutMs=600000`);
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    await page.getByTestId('measure-question').waitFor({ timeout: 15_000 });
    await frames(page, 3);
    await page.waitForTimeout(1200); // the answers appear a moment after the question
    await frames(page, 2);
    const stats = await page.evaluate(() => window.__hafanStats!);
    expect(stats.drawCalls).toBeLessThanOrEqual(100);
    await page.screenshot({ path: 'docs/screenshots/measure-suds-vr.png' });
    // Point at "Prefer not to say", below the answers, and pull the trigger.
    await page.evaluate(() => {
      const c = window.__hafanXR!.device.controllers.right!;
      c.position.set(0, 1.15 - 0.6, -0.6);
      c.quaternion.set(0, 0, 0, 1);
    });
    await frames(page, 2);
    await pressControllerButton(page, 'right', 'trigger', { frames: 2, maxMs: 4000 });
    await page.getByTestId('measure-question').waitFor({ state: 'detached', timeout: 15_000 });
    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    const s = await latestSession();
    await expect.poll(async () => (await measuresOf(s.id)).length, { timeout: 15_000 }).toBe(1);
    expect((await measuresOf(s.id))[0]!.answers).toEqual([{ linkId: 'suds', declined: true }]);
    await page.close();
  });
});

describe('staff record measures and notes after a session (console)', () => {
  it('saves a measure answered by staff and structured notes, by keyboard, at tablet size', async () => {
    const sessionId = crypto.randomUUID();
    const admin = await adminOf(h.server);
    const start = await fetch(`${h.server.url}/api/sessions`, {
      method: 'POST',
      headers: { ...admin.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: sessionId,
        scene: 'beach',
        lengthMin: 5,
        language: 'en',
        pattern: 'coherent',
        startedAt: new Date(Date.now() - 600_000).toISOString(),
      }),
    });
    expect(start.status).toBe(201);
    const tablet = await launch({ width: 768, height: 1024 });
    // Signed in on the tablet as the admin (the console's sign-in page is tested by auth).
    const [name, value] = admin.headers.cookie!.split('=') as [string, string];
    await tablet.addCookies([{ name, value, url: h.server.url }]);
    try {
      const page = await tablet.newPage();
      await page.goto(`${h.server.url}/console/sessions/${sessionId}/record`);
      await page.getByRole('heading', { name: 'After the session', exact: true }).waitFor();
      await page.getByText('beach · 5 min').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // Mood, by keyboard: focus the first face's radio, arrow to "Happy", save with Enter.
      const mood = page.getByRole('form', { name: /How I feel/ });
      await mood.getByRole('radio', { name: 'Very sad' }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await mood.getByRole('radio', { name: 'Happy', exact: true }).isChecked()).toBe(true);
      await mood.getByRole('button', { name: /Save/ }).focus();
      await page.keyboard.press('Enter');
      await mood.getByText('Saved, recorded as answered by staff.').waitFor();

      // The comfort check: "no answer" is a choice too.
      const comfort = page.getByRole('form', { name: /Comfort check/ });
      expect(await comfort.getByRole('button', { name: /Save/ }).isDisabled()).toBe(true);
      await comfort.getByRole('radio', { name: 'No answer' }).check();
      await comfort.getByRole('button', { name: /Save/ }).click();
      await comfort.getByText('Saved, recorded as answered by staff.').waitFor();

      const notes = page.getByRole('form', { name: 'Session notes' });
      await notes.getByRole('checkbox', { name: 'Calm' }).check();
      await notes.getByRole('checkbox', { name: 'Other (say what)' }).check();
      expect(await notes.getByRole('button', { name: 'Save notes' }).isDisabled()).toBe(true);
      await notes.getByRole('textbox').fill('Hummed along with the sea');
      await notes.getByRole('button', { name: 'Save notes' }).click();
      await notes.getByText('Notes saved.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: 'docs/screenshots/staff-measures.png', fullPage: true });

      const stored = await measuresOf(sessionId);
      expect(stored.map((m) => [m.instrumentId, m.timing, m.respondent, m.answers])).toEqual([
        ['mood_faces', 'post', 'staff', [{ linkId: 'mood', value: 4 }]],
        ['sickness_check', 'post', 'staff', [{ linkId: 'sickness', timedOut: true }]],
      ]);
      const { notes: saved } = await getJson<{ notes: unknown[] }>(
        `/api/sessions/${sessionId}/notes`,
      );
      expect(saved).toMatchObject([
        { observations: ['calm', 'other'], text: 'Hummed along with the sea' },
      ]);
    } finally {
      await tablet.close();
    }
  });
});
