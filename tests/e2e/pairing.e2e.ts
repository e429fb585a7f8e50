import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { addHeadset } from '../server/liveAuth.ts';
import { seriousViolations } from './a11y.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { adminOf, apiGet } from './pairing.ts';

const h = serverAndBrowserForFile({ paired: false });
const SHOTS = 'docs/screenshots';

const sessions = async () =>
  (await apiGet<{ sessions: SessionRecord[] }>(h.server, '/api/sessions?limit=200')).sessions;

describe('pairing a headset page', () => {
  it('an unpaired device can try a scene, and nothing of it is recorded', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    await page.getByTestId('device-unpaired').waitFor();
    expect(await page.getByTestId('device-unpaired').textContent()).toMatch(/not paired yet/);
    expect(await page.getByText('Try a scene — not recorded').isVisible()).toBe(true);
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('save-status').textContent()).toBe(
      'This session was not recorded.',
    );
    expect(await sessions()).toEqual([]);
    await page.close();
  });

  it('pairs once with the keypad; the page then shows its name, waits for staff, and records', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url}/`);
    const { code, headset } = await addHeadset(await adminOf(h.server), 'Oak Lounge 2');
    await page.getByTestId('pair-open').click();
    await page.getByTestId('pairing').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A wrong code first: a clear message, and the field is cleared for another go.
    for (const d of '12345678') await page.getByRole('button', { name: d, exact: true }).click();
    await page.getByTestId('pair-submit').click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/did not work/);
    for (const d of code) await page.getByRole('button', { name: d, exact: true }).click();
    expect(await page.getByLabel('Pairing code').inputValue()).toBe(
      `${code.slice(0, 4)} ${code.slice(4)}`,
    );
    await page.screenshot({ path: `${SHOTS}/headset-pairing.png` });
    await page.getByTestId('pair-submit').click();
    await page.getByTestId('device-paired').waitFor();
    expect(await page.getByTestId('device-paired').textContent()).toMatch(
      /This headset: Oak Lounge 2.*Waiting for staff/,
    );
    await page.screenshot({ path: `${SHOTS}/headset-paired.png` });
    expect(await seriousViolations(page)).toEqual([]);

    // Kept across a reload, and sent with what the page records.
    await page.reload();
    await page.getByTestId('device-paired').waitFor();
    await page.getByTestId('enter-2d').click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => (await sessions())[0]?.endReason, { timeout: 20_000 })
      .toBe('exited_by_resident');
    const { headsets } = await apiGet<{ headsets: { id: string; status: string }[] }>(
      h.server,
      '/api/headsets',
    );
    expect(headsets.find((x) => x.id === headset.id)?.status).toBe('paired');

    // Revoked by the admin: the page forgets its token and says why.
    const admin = await adminOf(h.server);
    const revoke = await fetch(`${h.server.url}/api/headsets/${headset.id}/revoke`, {
      method: 'POST',
      headers: admin.headers,
    });
    expect(revoke.status).toBe(200);
    await page.reload();
    await page.getByTestId('device-unpaired').waitFor();
    expect(await page.getByTestId('device-unpaired').textContent()).toMatch(/removed/);
    expect(await page.evaluate(() => localStorage.getItem('hafan.device'))).toBeNull();
    await page.close();
  });
});
