import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../src/core/breathing/patterns.ts';
import {
  SESSION_LENGTHS_MIN,
  buildTimeline,
  captionAt,
  displayMs,
  isFinished,
  stepAt,
  type TimelinePlan,
} from '../../../src/core/session/timeline.ts';

const line = (ref: string, ms = 5000) => ({ ref, ms });
const plan = (lengthMin: TimelinePlan['lengthMin']): TimelinePlan => ({
  lengthMin,
  intro: [line('s/intro.1'), line('s/intro.2')],
  settling: [line('s/settling.1')],
  practice: Array.from({ length: 12 }, (_, i) => line(`s/practice.${i + 1}`)),
  closing: [line('s/closing.1'), line('s/closing.2')],
  guide: {
    pattern: PATTERNS.coherent,
    intro: line('b/coherent.intro'),
    cues: { in: 'b/coherent.in', out: 'b/coherent.out' },
  },
});

describe.each(SESSION_LENGTHS_MIN)('a %i-minute timeline', (minutes) => {
  const tl = buildTimeline(plan(minutes));

  it('maps elapsed time to the right step', () => {
    for (const step of tl.steps) {
      expect(stepAt(tl, step.startMs)?.id).toBe(step.id);
      expect(stepAt(tl, step.endMs - 1)?.id).toBe(step.id);
    }
    expect(stepAt(tl, -10)?.id).toBe('intro');
    expect(stepAt(tl, tl.totalMs)).toBeNull();
    expect(isFinished(tl, tl.totalMs - 1)).toBe(false);
    expect(isFinished(tl, tl.totalMs)).toBe(true);
  });

  it('shows nothing before the first line or between lines', () => {
    expect(captionAt(tl, 0)).toBeNull();
    const [a, b] = tl.captions;
    expect(captionAt(tl, (a!.endMs + b!.startMs) / 2)).toBeNull();
  });
});

describe('building a timeline', () => {
  it('refuses a script that cannot fit the session rather than overlapping captions', () => {
    const long = { ...plan(3), practice: [line('s/p', 60_000), line('s/q', 60_000)] };
    expect(() => buildTimeline(long)).toThrow(/does not fit/);
  });

  it('refuses a pattern with a phase that has no cue', () => {
    const noOut = { ...plan(5), guide: { ...plan(5).guide, cues: { in: 'b/in' } } };
    expect(() => buildTimeline(noOut)).toThrow(/no cue/);
  });

  it('gives longer lines longer on screen, within bounds', () => {
    expect(displayMs(['Hi'])).toBe(3500);
    expect(displayMs(['a'.repeat(60)])).toBeGreaterThan(displayMs(['a'.repeat(30)]));
    expect(displayMs(['short', 'a much longer translation'])).toBe(
      displayMs(['a much longer translation']),
    );
    expect(displayMs(['a'.repeat(1000)])).toBe(12_000);
  });
});
