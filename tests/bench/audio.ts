import type { BrowserContext } from 'playwright-core';
import type { AmbienceKind } from '../../src/experience/audio/ambience.ts';
import type { AmbienceRender } from '../../src/experience/audio/renderProbe.ts';
import type { BenchScene } from './scenes.ts';

/**
 * Renders each scene's ambience bed offline (10 s, OfflineAudioContext) in a test build, which
 * exposes window.__hafanRenderAmbience with `?emulate=1`: CPU cost and loudness per bed.
 */
export async function ambienceFigures(
  context: BrowserContext,
  testBuildUrl: string,
  scenes: readonly BenchScene[],
  seconds = 10,
): Promise<[string, AmbienceRender][]> {
  const page = await context.newPage();
  try {
    await page.goto(`${testBuildUrl}/?emulate=1`);
    await page.waitForFunction(
      () => typeof window.__hafanRenderAmbience === 'function',
      undefined,
      {
        timeout: 60_000,
      },
    );
    const out: [string, AmbienceRender][] = [];
    for (const scene of scenes) {
      if (!scene.ambience) continue;
      const kind = scene.ambience as AmbienceKind;
      const r = await page.evaluate(([k, s]) => window.__hafanRenderAmbience!(k, s), [
        kind,
        seconds,
      ] as const);
      out.push([scene.id, r]);
    }
    return out;
  } finally {
    await page.close();
  }
}
