import type { Page } from 'playwright-core';

/** One place that allocated during the sample: a function, its chunk and line. */
export interface AllocationSite {
  fn: string;
  where: string;
  bytes: number;
}

export interface AllocationFigures {
  /** Estimated JS heap bytes allocated per rendered frame (V8's sampling heap profiler). */
  bytesPerFrame: number;
  frames: number;
  /** The largest allocating sites, for finding what to fix. */
  top: AllocationSite[];
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** Every node's own bytes, by allocating site. */
function sites(root: ProfileNode): AllocationSite[] {
  const bySite = new Map<string, AllocationSite>();
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    stack.push(...n.children);
    if (n.selfSize === 0) continue;
    const file = n.callFrame.url.split('/').pop() || '(native)';
    const where = `${file}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
    const fn = n.callFrame.functionName || '(anonymous)';
    const key = `${fn} ${where}`;
    const s = bySite.get(key) ?? { fn, where, bytes: 0 };
    s.bytes += n.selfSize;
    bySite.set(key, s);
  }
  return [...bySite.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Frames run before sampling (the JIT settles) and while sampling. */
const WARM_FRAMES = 2000;
const SAMPLE_FRAMES = 3000;

/**
 * Counts every JS allocation (including objects the garbage collector has already reclaimed:
 * exactly the per-frame garbage) while `page` runs SAMPLE_FRAMES frames of its per-frame work
 * without drawing (window.__hafanStats.stepWithoutDrawing), after WARM_FRAMES to let the JIT
 * settle. Software WebGL draws a few frames a second here, too few for steady state, and the
 * drawing is three.js's, not ours. The plain three.js baseline, stepped the same way, shows the
 * measurement's floor.
 */
export async function allocationFigures(page: Page): Promise<AllocationFigures> {
  const step = (n: number) => page.evaluate((k) => window.__hafanStats!.stepWithoutDrawing!(k), n);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await step(WARM_FRAMES);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 256,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await step(SAMPLE_FRAMES);
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: ProfileNode };
    };
    const all = sites(profile.head);
    const total = all.reduce((a, s) => a + s.bytes, 0);
    return {
      bytesPerFrame: total / SAMPLE_FRAMES,
      frames: SAMPLE_FRAMES,
      top: all
        .slice(0, 6)
        .map((s) => ({ ...s, bytes: Math.round((s.bytes / SAMPLE_FRAMES) * 10) / 10 })),
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
