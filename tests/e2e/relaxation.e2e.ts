import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { launch } from './browser.ts';
import { blockExternal, canvasPixels, pressControllerButton, sceneStats } from './pageTools.ts';
import { apiGet, pairHeadsetPage } from './pairing.ts';
import { startServer, type RunningServer } from './server.ts';

const SHOTS = 'docs/screenshots';
let server: RunningServer;
let context: BrowserContext;
let external: string[];

beforeAll(async () => {
  server = await startServer();
  context = await launch();
  await pairHeadsetPage(context, server);
  external = blockExternal(context);
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  const code = await server?.stop();
  expect(code).toBe(0);
});

declare global {
  interface Window {
    __captions?: string[];
    __tones?: number;
  }
}

/** Records every caption the page shows, however briefly (time runs fast in these tests). */
async function recordCaptions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__captions = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=caption]')?.textContent ?? '';
      const seen = window.__captions!;
      if (text && seen[seen.length - 1] !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Counts breathing tones: each starts its note at 190–300 Hz (ambience calls are far higher). */
async function countTones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__tones = 0;
    const set = AudioParam.prototype.setValueAtTime;
    AudioParam.prototype.setValueAtTime = function (this: AudioParam, value: number, time: number) {
      if (value >= 190 && value <= 300) window.__tones = (window.__tones ?? 0) + 1;
      return set.call(this, value, time);
    };
  });
}

async function latestSession(): Promise<SessionRecord> {
  const body = await apiGet<{ sessions: SessionRecord[] }>(server, '/api/sessions?limit=1');
  const s = body.sessions[0];
  if (!s) throw new Error('no session stored');
  return s;
}

async function openResident(query: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors?: string[] }).errors = errors;
  await page.goto(`${server.url}/${query}`);
  return page;
}

function errorsOf(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

describe('a relaxation session in an emulated headset', () => {
  it('enters VR, shows the beach within budget, and leaves with the B button', async () => {
    const page = await openResident('?emulate=1&stats=1&timeScale=8');
    await page.getByRole('button', { name: '3 minutes' }).click();
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    // Past the fade in (3 s of session time) and into the intro captions.
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=caption]')?.textContent ?? '') !== '',
    );
    await page.waitForTimeout(800);

    const stats = await sceneStats(page);
    expect(stats.presenting).toBe(true);
    expect(stats.drawCalls).toBeGreaterThan(0);
    expect(stats.drawCalls).toBeLessThanOrEqual(100);
    expect(stats.triangles).toBeLessThanOrEqual(300_000);

    await page.screenshot({ path: `${SHOTS}/beach-vr.png` });
    const pixels = await canvasPixels(page);
    expect(pixels.distinctColours).toBeGreaterThan(50);
    expect(pixels.lumaStdDev).toBeGreaterThan(5);
    expect(pixels.meanLuma).toBeGreaterThan(20);

    await pressControllerButton(page, 'right', 'b-button');
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => window.__hafanStats?.presenting)).toBe(false);

    await expect
      .poll(async () => (await latestSession()).endReason, { timeout: 10_000 })
      .toBe('exited_by_resident');
    const s = await latestSession();
    expect(s).toMatchObject({ scene: 'beach', lengthMin: 3, language: 'en', pattern: 'coherent' });
    expect(Date.parse(s.endedAt!)).toBeGreaterThanOrEqual(Date.parse(s.startedAt));
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('runs a whole session to the end with no input and records it as completed', async () => {
    const page = await context.newPage();
    await recordCaptions(page);
    await countTones(page);
    // Measures wait out a short timeout here (they have their own tests): time for the captions.
    await page.goto(`${server.url}/?emulate=1&stats=1&timeScale=4&itemTimeoutMs=6000`);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: '3 munud' }).click();
    await page.getByTestId('enter-vr').click();
    await page.waitForFunction(() => window.__hafanStats?.presenting === true);
    await page.getByTestId('finished').waitFor({ timeout: 90_000 });
    await expect
      .poll(async () => (await latestSession()).endReason, { timeout: 10_000 })
      .toBe('completed');
    expect((await latestSession()).language).toBe('cy');
    // Welsh captions were shown, from the intro through to the closing lines.
    const captions = await page.evaluate(() => window.__captions ?? []);
    // (Emulated VR renders a few frames a second in software, so a line may fall between two.)
    expect(captions.some((c) => c.startsWith('Gadewch i’ch ysgwyddau'))).toBe(true);
    expect(captions.some((c) => c.startsWith('Sylwch ar gynhesrwydd'))).toBe(true);
    expect(captions.at(-1)).toMatch(/^Pan fyddwch chi’n barod/);
    // A soft tone at each breathing phase change: a 3-minute coherent session has over 30.
    const tones = await page.evaluate(() => window.__tones ?? 0);
    expect(tones).toBeGreaterThanOrEqual(20);
    await page.close();
  });
});

describe('the same scene in 2D', () => {
  it('looks around by dragging and leaves with the on-screen button', async () => {
    const page = await openResident('?stats=1');
    await page.getByTestId('enter-2d').waitFor();
    await page.waitForFunction(() => (window.__hafanStats?.frames ?? 0) > 5);
    await page.screenshot({ path: `${SHOTS}/start-screen.png` });
    await page.getByTestId('enter-2d').click();
    // The mood question comes first (after the fade in); answering it clears the view.
    await page.getByRole('button', { name: 'Prefer not to say' }).click({ timeout: 15_000 });
    await page.waitForTimeout(500);
    const before = await canvasPixels(page);
    await page.screenshot({ path: `${SHOTS}/beach-2d.png` });
    const box = (await page.locator('canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const after = await canvasPixels(page);
    // Looking away changes what is on screen.
    expect(
      Math.abs(after.meanLuma - before.meanLuma) +
        Math.abs(after.distinctColours - before.distinctColours),
    ).toBeGreaterThan(1);
    expect(before.distinctColours).toBeGreaterThan(50);

    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 15_000 });
    // The end reaches the server through the outbox a moment later (seconds on a busy machine).
    await expect
      .poll(async () => (await latestSession()).endReason, { timeout: 15_000 })
      .toBe('exited_by_resident');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});

describe('pages for staff and researchers', () => {
  it.each(['/console', '/research'])('%s loads no three.js', async (route) => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script') scripts.push(await res.text());
    });
    await page.goto(`${server.url}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    for (const js of scripts) expect(js).not.toMatch(/WebGLRenderer|WebGLRenderTarget/);
    await page.screenshot({ path: `${SHOTS}${route}.png` });
    await page.close();
  });

  it('never asked for anything outside this server (fonts, controllers, CDN)', () => {
    expect(external).toEqual([]);
  });
});
