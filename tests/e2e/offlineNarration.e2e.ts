import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';
import { recordStartedBuffers, toneWav } from './narrationAudio.ts';

// The deployment's recorded narration is not in the build, so the app keeps it on the headset
// itself while idle: with the server switched off, a session still plays the recorded line.

const RECORDED_SECONDS = 0.8;
const narrationDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-e2e-offline-narration-'));
fs.mkdirSync(path.join(narrationDir, 'en', 'beach'), { recursive: true });
fs.writeFileSync(path.join(narrationDir, 'en/beach/intro.1.wav'), toneWav(RECORDED_SECONDS));

let server: RunningServer;
let stopped: number | null | undefined;
let context: BrowserContext;

beforeAll(async () => {
  server = await startServer({ env: { HAFAN_NARRATION_DIR: narrationDir } });
  context = await launch();
});

afterAll(async () => {
  await context?.close();
  expect(stopped ?? (await server?.stop())).toBe(0);
});

describe('recorded narration with the server switched off', () => {
  it('is kept on the device after one idle visit and plays offline', async () => {
    const page = await context.newPage();
    await recordStartedBuffers(page);
    await page.goto(`${server.url}/?stats=1&measures=none`);
    await page.getByTestId('enter-2d').waitFor();
    // Idle on the start screen: the worker installs, then the app stores the one recorded line.
    await page.waitForFunction(
      () =>
        document.documentElement.dataset.hafanOffline === 'ready' &&
        document.documentElement.dataset.hafanNarration === '1/1',
      undefined,
      { timeout: 90_000 },
    );

    stopped = await server.stop();
    await page.reload();
    await page.getByTestId('enter-2d').click();
    await expect
      .poll(() => page.evaluate(() => window.__hafanNarration ?? []), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([{ ref: 'beach/intro.1', lang: 'en', source: 'file' }]));
    // Decoded from the stored file and started: the recording itself, not speech.
    await expect
      .poll(() => page.evaluate(() => window.__startedBuffers ?? []), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.closeTo(RECORDED_SECONDS, 2)]));
    await page.getByRole('button', { name: 'Leave' }).click();
    await page.getByTestId('finished').waitFor({ timeout: 20_000 });
    await page.close();
  });
});
