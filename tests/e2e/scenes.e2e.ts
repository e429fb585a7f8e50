import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../src/core/breathing/patterns.ts';
import type { SessionRecord } from '../../src/core/schemas/session.ts';
import { t } from '../../src/core/i18n/catalogue.ts';
import { SCENES } from '../../src/experience/scenes/registry.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { canvasPixels, sceneStats } from './pageTools.ts';
import { apiGet } from './pairing.ts';

const h = serverAndBrowserForFile();
const SHOTS = 'docs/screenshots';

/** The canvas as a 64×40 grid of luma values (needs ?stats=1 for preserveDrawingBuffer). */
function lumaGrid(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const src = document.querySelector('canvas');
    if (!src) throw new Error('no canvas');
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 40;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(src, 0, 0, 64, 40);
    const d = ctx.getImageData(0, 0, 64, 40).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) {
      out.push(0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!);
    }
    return out;
  });
}

/**
 * Waits until the scene itself is on the canvas (its code loads lazily, so the first frames may
 * be empty), then for a few more frames. Needs ?stats=1.
 */
async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const src = document.querySelector('canvas');
      if (!src || (window.__hafanStats?.frames ?? 0) < 3) return false;
      const c = document.createElement('canvas');
      c.width = 48;
      c.height = 30;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0, 48, 30);
      const d = ctx.getImageData(0, 0, 48, 30).data;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4)
        colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return colours.size > 40;
    },
    undefined,
    { timeout: 90_000, polling: 250 },
  );
  const frames = await page.evaluate(() => window.__hafanStats!.frames);
  await page.waitForFunction((f) => window.__hafanStats!.frames >= f + 3, frames, {
    timeout: 30_000,
  });
}

const meanAbsDiff = (a: number[], b: number[]) =>
  a.reduce((sum, x, i) => sum + Math.abs(x - b[i]!), 0) / a.length;

/** A frozen preview of a scene: the scene at `t`, with the breath of `breath` ms. */
async function preview(id: string, query: string): Promise<Page> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.server.url}/?preview=${id}&stats=1&${query}`);
  await waitForScene(page);
  expect(errors).toEqual([]);
  return page;
}

describe.each(SCENES.map((s) => [s.manifest.id, s.manifest] as const))(
  'scene %s',
  (id, manifest) => {
    it('is chosen on the start screen, runs a whole session in VR with no input, within budget', async () => {
      const page = await h.context.newPage();
      // A 3-minute session lasts 18 s here: time runs ten times faster than real time.
      await page.goto(`${h.server.url}/?emulate=1&stats=1&timeScale=10`);
      await page.getByTestId('enter-vr').waitFor();
      const shown = await page.evaluate(() => window.__hafanStats?.frames ?? 0);
      await page.getByRole('button', { name: t('en', manifest.titleKey) }).click();
      // The start screen shows the chosen scene live behind it: once a few frames have passed
      // since the choice, wait until its code has loaded and it is drawn.
      await page.waitForFunction((f) => (window.__hafanStats?.frames ?? 0) >= f + 3, shown, {
        timeout: 60_000,
      });
      await waitForScene(page);
      await page.getByRole('button', { name: '3 minutes' }).click();
      await page.getByTestId('enter-vr').click();
      await page.waitForFunction(() => window.__hafanStats?.presenting === true, undefined, {
        timeout: 90_000,
      });
      // A moment for the labels' glyphs to be laid out (a worker does it), so the picture shows
      // the session as a resident sees it.
      await page.waitForTimeout(2000);
      const stats = await sceneStats(page);
      expect(stats.drawCalls).toBeGreaterThan(2);
      expect(stats.drawCalls).toBeLessThanOrEqual(100);
      expect(stats.triangles).toBeLessThanOrEqual(300_000);
      const pixels = await canvasPixels(page);
      expect(pixels.distinctColours).toBeGreaterThan(30);
      await page.screenshot({ path: `${SHOTS}/${id}-vr.png` });
      await page.getByTestId('finished').waitFor({ timeout: 120_000 });
      const latest = async () => {
        return (await apiGet<{ sessions: SessionRecord[] }>(h.server, '/api/sessions?limit=1'))
          .sessions[0];
      };
      // The end reaches the server through the logger's outbox a moment later.
      await expect
        .poll(latest, { timeout: 15_000 })
        .toMatchObject({ scene: id, endReason: 'completed', pattern: manifest.defaultPattern });
      await page.close();
    }, 300_000);

    it('in 2D preview: looks finished, makes no React commits while running, and has its thumbnail served', async () => {
      const page = await preview(id, 't=5000');
      const pixels = await canvasPixels(page);
      expect(pixels.distinctColours).toBeGreaterThan(60);
      expect(pixels.lumaStdDev).toBeGreaterThan(8);
      await page.screenshot({ path: `${SHOTS}/${id}-preview.png` });
      await page.close();

      // Time running: the scene animates in refs, so React never commits after the first frames.
      const running = await preview(id, '');
      const before = await running.evaluate(() => window.__hafanStats!.reactCommits);
      const framesBefore = await running.evaluate(() => window.__hafanStats!.frames);
      await running.waitForTimeout(1500);
      const after = await running.evaluate(() => window.__hafanStats!);
      expect(after.frames).toBeGreaterThan(framesBefore);
      expect(after.reactCommits).toBe(before);
      await running.close();

      const res = await fetch(`${h.server.url}${manifest.thumbnail}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect((await res.arrayBuffer()).byteLength).toBeLessThanOrEqual(30 * 1024);
    }, 240_000);

    it('shows the breathing guide in step with phaseAt, and hides it (or holds it still) for just listen', async () => {
      const pattern = PATTERNS[manifest.defaultPattern];
      const fullMs = pattern.phases[0]!.ms; // the end of the first in-breath: lungs full
      const at = 20_000; // the same frozen scene behind every view
      const grid = async (query: string) => {
        const page = await preview(id, `t=${at}&${query}`);
        const g = await lumaGrid(page);
        await page.close();
        return g;
      };
      const empty = await grid('breath=0');
      const full = await grid(`breath=${fullMs}`);
      const emptyAgain = await grid('breath=0');
      const hiddenEmpty = await grid('breath=0&guide=0');
      const hiddenFull = await grid(`breath=${fullMs}&guide=0`);
      // The same moment draws the same picture (a frozen preview is deterministic) ...
      expect(meanAbsDiff(empty, emptyAgain)).toBeLessThan(0.05);
      // ... the breath alone changes it when the guide is shown ...
      expect(meanAbsDiff(empty, full)).toBeGreaterThan(0.3);
      // ... and not at all when the resident chose "just listen".
      expect(meanAbsDiff(hiddenEmpty, hiddenFull)).toBeLessThan(0.05);
    }, 300_000);
  },
);
