import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { addHeadset } from '../server/liveAuth.ts';
import { seriousViolations } from './a11y.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { adminOf, apiGet } from './pairing.ts';

const h = serverAndBrowserForFile({ paired: false });
const SHOTS = 'docs/screenshots';

/** What a short window shows of the pairing panel: overflow, and every button's box. */
const pairingFit = (page: Page) =>
  page.evaluate(() => {
    const doc = document.documentElement;
    const panel = document.querySelector<HTMLElement>('[data-testid=pairing]')!;
    const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button')].map((b) => {
      const r = b.getBoundingClientRect();
      return {
        text: b.textContent,
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        w: r.width,
        h: r.height,
      };
    });
    return {
      vw: window.innerWidth,
      vh: window.innerHeight,
      docScroll: { h: doc.scrollHeight, w: doc.scrollWidth },
      panelScrolls: panel.scrollHeight > panel.clientHeight + 1,
      buttons,
    };
  });

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
    // Two sessions and three loads of the start screen's scene (SwiftShader, shared cores).
  }, 240_000);

  it('fits short windows without scrolling: every key visible and large enough to hit', async () => {
    const page = await h.context.newPage();
    // 640×360: a phone on its side; 1280×650: the Quest browser's default window less its bar.
    for (const [width, height, lang] of [
      [640, 360, 'en'],
      [640, 360, 'cy'],
      [1280, 650, 'en'],
    ] as const) {
      const t0 = Date.now();
      await page.setViewportSize({ width, height });
      await page.goto(`${h.server.url}/`);
      await page.getByTestId('device-unpaired').waitFor();
      await page.getByRole('button', { name: lang === 'cy' ? 'Cymraeg' : 'English' }).click();
      await page.getByTestId('pair-open').click();
      await page.getByTestId('pairing').waitFor();
      // With the longest message showing, too (a wrong code).
      for (const d of '00000000')
        await page.locator('.keypad button', { hasText: d }).first().click();
      await page.getByTestId('pair-submit').click();
      await page.getByRole('alert').waitFor();
      if (width === 640 && lang === 'en') {
        await page.screenshot({ path: `${SHOTS}/headset-pairing-short.png` });
      }
      const fit = await pairingFit(page);
      const where = `${width}×${height} ${lang}`;
      expect(fit.docScroll, where).toEqual({ h: height, w: width });
      expect(fit.panelScrolls, where).toBe(false);
      expect(fit.buttons.length, where).toBe(13); // 10 digits, delete, pair, back
      for (const b of fit.buttons) {
        expect(b.top >= 0 && b.left >= 0, `${where} ${b.text}`).toBe(true);
        expect(b.bottom <= height && b.right <= width, `${where} ${b.text}`).toBe(true);
        expect(Math.min(b.w, b.h), `${where} ${b.text}`).toBeGreaterThanOrEqual(44);
      }
      console.log(`pairing fit ${where}: checked in ${Date.now() - t0} ms`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    // Each window size reloads the start screen's scene (SwiftShader): allow for a slow machine.
  }, 300_000);
});
