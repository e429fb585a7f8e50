import type { BrowserContext } from 'playwright-core';
import type { AmbienceKind } from '../../src/experience/audio/ambience.ts';
import type { AmbienceRender } from '../../src/experience/audio/renderProbe.ts';
import type { BenchScene } from './scenes.ts';

/** Renders per bed: the cheapest is reported, as the other renders were slowed by the machine. */
const RENDERS = 3;

/**
 * Renders each scene's ambience bed offline (10 s, OfflineAudioContext) in a test build, which
 * exposes window.__hafanRenderAmbience with `?emulate=1`: CPU cost and loudness per bed. The
 * render's wall time on a busy 2-core machine swings several-fold from run to run, so each bed is
 * rendered RENDERS times, interleaved with the others, and its fastest render is kept.
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
    const best = new Map<string, AmbienceRender>();
    for (let round = 0; round < RENDERS; round++) {
      for (const scene of scenes) {
        if (!scene.ambience) continue;
        const kind = scene.ambience as AmbienceKind;
        const r = await page.evaluate(([k, s]) => window.__hafanRenderAmbience!(k, s), [
          kind,
          seconds,
        ] as const);
        const kept = best.get(scene.id);
        if (!kept || r.msPerSecond < kept.msPerSecond) best.set(scene.id, r);
      }
    }
    return scenes.flatMap((s) => {
      const r = best.get(s.id);
      return r ? [[s.id, r] as [string, AmbienceRender]] : [];
    });
  } finally {
    await page.close();
  }
}
