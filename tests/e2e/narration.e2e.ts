import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allLineRefs, lineText } from '../../src/core/narration/library.ts';
import { serverAndBrowserForFile } from './harness.ts';
import { seriousViolations } from './a11y.ts';
import { recordStartedBuffers, toneWav } from './narrationAudio.ts';

const RECORDED_SECONDS = 0.8;
const narrationDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-e2e-narration-'));
fs.mkdirSync(path.join(narrationDir, 'en', 'beach'), { recursive: true });
fs.writeFileSync(path.join(narrationDir, 'en/beach/intro.1.wav'), toneWav(RECORDED_SECONDS));

const h = serverAndBrowserForFile({ env: () => ({ HAFAN_NARRATION_DIR: narrationDir }) });

async function openResident(query: string): Promise<Page> {
  const page = await h.context.newPage();
  await recordStartedBuffers(page);
  // No measures: these tests are about the narration that follows them.
  const sep = query.includes('?') ? '&' : '?';
  await page.goto(`${h.server.url}/${query}${sep}measures=none`);
  return page;
}

function played(page: Page) {
  return page.evaluate(() => window.__hafanNarration ?? []);
}

const captionOf = (page: Page) => page.getByTestId('caption').textContent();

describe('narration audio', () => {
  it('plays the recorded file the deployment provides, and captions alone where there is no voice', async () => {
    const requests: string[] = [];
    h.context.on('requestfinished', (r) => requests.push(new URL(r.url()).pathname));
    const page = await openResident('?stats=1');
    // The start screen fetches the session code and the index of recorded files ahead of time.
    await expect.poll(() => requests.includes('/api/narration'), { timeout: 20_000 }).toBe(true);
    // Headless Chromium has no speech voices: a line without a file has captions only.
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await page.getByTestId('enter-2d').click();

    await expect
      .poll(() => played(page), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([{ ref: 'beach/intro.1', lang: 'en', source: 'file' }]));
    // Only the file the index lists was fetched (no probing), and decoded and started. (The same
    // file may be fetched more than once: the headset also keeps it for offline use, and the
    // service worker refreshes it.)
    await expect
      .poll(() => page.evaluate(() => window.__startedBuffers ?? []), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.closeTo(RECORDED_SECONDS, 2)]));
    expect([...new Set(requests.filter((r) => r.startsWith('/narration/')))]).toEqual([
      '/narration/en/beach/intro.1.wav',
    ]);

    // The next line has no file and there is no voice: its caption shows, with no sound.
    await expect
      .poll(() => played(page), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([{ ref: 'beach/intro.2', lang: 'en', source: 'captions' }]));
    await expect.poll(() => captionOf(page), { timeout: 10_000 }).not.toBe('');
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.close();
  });
});

describe('captions', () => {
  it('switch language from the pause menu: the chosen language shows in the captions', async () => {
    const page = await openResident('?stats=1');
    await page.getByTestId('enter-2d').click();
    await expect
      .poll(() => captionOf(page), { timeout: 30_000 })
      .toBe(lineText('en', 'beach/intro.1'));
    expect(await page.getByTestId('caption').getAttribute('lang')).toBe('en');

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByTestId('paused').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    // The menu itself is now in Welsh; carry on ("Parhau") from the keyboard.
    await page.getByRole('button', { name: 'Parhau' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('paused').waitFor({ state: 'detached' });

    // Whichever line is showing by now, it is in Welsh.
    const welsh = new Set(allLineRefs('cy').map((ref) => lineText('cy', ref)));
    await expect
      .poll(async () => welsh.has((await captionOf(page)) ?? ''), { timeout: 30_000 })
      .toBe(true);
    expect(await page.getByTestId('caption').getAttribute('lang')).toBe('cy');
    // The narration follows: carrying on says the line on screen again, now in Welsh.
    await expect
      .poll(async () => (await played(page)).at(-1)?.lang, { timeout: 15_000 })
      .toBe('cy');
    await page.getByRole('button', { name: 'Gadael' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.close();
  });
});
