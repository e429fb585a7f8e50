import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/schemas/events.ts';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { pressControllerButton } from './pageTools.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();

async function sessions(): Promise<SessionRecord[]> {
  return (await apiGet<{ sessions: SessionRecord[] }>(h.server, '/api/sessions?limit=200'))
    .sessions;
}

describe('a session with the network down', () => {
  it('completes offline, keeps every record, and delivers each exactly once when back online', async () => {
    const page = await h.context.newPage();
    // The app fetches the session's code a few seconds after the start screen is up.
    const warmed = page.waitForResponse((r) => r.url().includes('SessionLayer'), {
      timeout: 30_000,
    });
    await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=5`);
    await page.getByRole('button', { name: '3 minutes' }).click();
    await warmed;
    await page.waitForLoadState('networkidle');
    const before = await sessions();

    await h.context.setOffline(true);
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=caption]')?.textContent ?? '') !== '',
    );
    await page.waitForTimeout(2000);
    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000); // the last records (exit event, session end) are written
    const waiting = Number(await page.getByTestId('save-status').getAttribute('data-unsent'));
    expect(waiting).toBeGreaterThanOrEqual(5); // start, session_started, phase, caption, exit, end…
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
    expect(s.endReason).toBe('exited_by_resident');
    const events = (
      await apiGet<{ events: SessionEvent[] }>(h.server, `/api/sessions/${s.id}/events`)
    ).events;
    // start + end are session rows; everything else is an event, each stored once.
    expect(events.length).toBe(waiting - 2);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('session_started');
    expect(types).toContain('phase_changed');
    expect(types).toContain('caption_shown');
    expect(types.at(-1)).toBe('exited');
    await page.close();
  });
});
