import type { Timeline } from './timeline.ts';

/**
 * A timeline made longer by `extraMs` (staff pressed "+5 min"): the practice step grows and the
 * outro, with its captions, moves later. Pure; 0 returns the same timeline.
 */
export function extendTimeline(timeline: Timeline, extraMs: number): Timeline {
  if (!(extraMs > 0)) return timeline;
  const outro = timeline.steps.find((s) => s.id === 'outro');
  const from = outro?.startMs ?? timeline.totalMs;
  return {
    ...timeline,
    totalMs: timeline.totalMs + extraMs,
    steps: timeline.steps.map((s) =>
      s.id === 'outro'
        ? { ...s, startMs: s.startMs + extraMs, endMs: s.endMs + extraMs }
        : s.id === 'practice'
          ? { ...s, endMs: s.endMs + extraMs }
          : s,
    ),
    captions: timeline.captions.map((c) =>
      c.startMs >= from ? { ...c, startMs: c.startMs + extraMs, endMs: c.endMs + extraMs } : c,
    ),
  };
}
