import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../src/core/schemas/events.ts';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { look, pointController, pressControllerButton } from './pageTools.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();

async function latestEvents(): Promise<string[]> {
  const { sessions } = await apiGet<{ sessions: SessionRecord[] }>(
    h.server,
    '/api/sessions?limit=1',
  );
  const path = `/api/sessions/${sessions[0]!.id}/events`;
  return (await apiGet<{ events: SessionEvent[] }>(h.server, path)).events.map((e) => e.type);
}

describe('the pause menu in the headset', () => {
  it('opens by looking at Pause (dwell), and carries on by pointing and pulling the trigger', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=3`);
    await page.getByRole('button', { name: '5 minutes', exact: true }).click();
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=caption]')?.textContent ?? '') !== '',
    );

    // Look down at the Pause target low in the view, and hold the gaze.
    await look(page, -31, 0);
    await page.getByTestId('paused').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'docs/screenshots/pause-menu-vr.png' });

    // Look away (so no gaze can choose), point the right controller at "Carry on", pull the trigger.
    await look(page, 0, -70);
    await pointController(page, 'right', [-0.2, 1.05, -0.5]);
    await page.waitForTimeout(500);
    await pressControllerButton(page, 'right', 'trigger', { frames: 1, maxMs: 250 });
    await page.getByTestId('paused').waitFor({ state: 'detached', timeout: 10_000 });

    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await expect
      .poll(latestEvents, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['paused', 'resumed']));
    await page.close();
  });
});

describe('the pause menu in 2D', () => {
  it('pauses with a button and carries on from the keyboard', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/?stats=1`);
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('paused').waitFor();
    await page.getByRole('button', { name: 'Call staff' }).click();
    await page.getByText('A member of staff has been called.').waitFor();
    await page.screenshot({ path: 'docs/screenshots/pause-menu-2d.png' });
    await page.getByRole('button', { name: 'Carry on' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('paused').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 15_000 });
    await expect
      .poll(latestEvents, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['paused', 'call_staff', 'resumed', 'exited']));
    await page.close();
  });
});
