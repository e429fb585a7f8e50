import type { BrowserContext } from 'playwright-core';
import { allocationFigures, type AllocationSite } from './allocations.ts';

export interface FrameFigures {
  drawCalls: number;
  triangles: number;
  programs: number;
  geometries: number;
  textures: number;
  /** Estimated GPU bytes of the scene's textures (see src/experience/ui/textureMemory.ts). */
  textureBytes: number;
  /** Frames rendered during the sample window. */
  frames: number;
  medianMs: number;
  p95Ms: number;
  /** Mean JS ms: finer than the median, as browsers round performance.now() to 0.1 ms. */
  meanMs: number;
  fps: number;
  /** React commits inside the scene during the sample window (must be 0 in steady state). */
  reactCommits: number;
  /** JS heap bytes allocated per frame of per-frame work, in steady state (allocations.ts). */
  allocBytesPerFrame: number;
  /** Where those bytes were allocated, largest first (bytes per frame). */
  allocTop: AllocationSite[];
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Opens `url` (a page that fills window.__hafanStats), lets it warm up, then samples its per-frame
 * figures. frameMs keeps the most recent frames, so the sample is its last `frames` entries.
 */
export async function frameFigures(
  context: BrowserContext,
  url: string,
  warmMs = 3000,
  sampleMs = 6000,
): Promise<FrameFigures> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window.__hafanStats?.frames ?? 0) > 5, undefined, {
      timeout: 60_000,
    });
    await page.waitForTimeout(warmMs);
    const before = await page.evaluate(() => ({
      frames: window.__hafanStats!.frames,
      commits: window.__hafanStats!.reactCommits ?? 0,
      at: performance.now(),
    }));
    await page.waitForTimeout(sampleMs);
    const s = await page.evaluate(() => ({
      ...window.__hafanStats!,
      frameMs: [...window.__hafanStats!.frameMs],
      at: performance.now(),
    }));
    if (errors.length > 0) throw new Error(`${url}: ${errors.join('; ')}`);
    const frames = s.frames - before.frames;
    if (frames <= 0) throw new Error(`${url} rendered no frame in ${sampleMs} ms`);
    const sorted = s.frameMs.slice(-Math.min(frames, s.frameMs.length)).sort((a, b) => a - b);
    const alloc = await allocationFigures(page);
    return {
      drawCalls: s.drawCalls,
      triangles: s.triangles,
      programs: s.programs,
      geometries: s.geometries,
      textures: s.textures,
      textureBytes: s.textureBytes ?? 0,
      frames,
      medianMs: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      meanMs: sorted.reduce((a, x) => a + x, 0) / sorted.length,
      fps: frames / ((s.at - before.at) / 1000),
      reactCommits: (s.reactCommits ?? 0) - before.commits,
      allocBytesPerFrame: alloc.bytesPerFrame,
      allocTop: alloc.top,
    };
  } finally {
    await page.close();
  }
}
