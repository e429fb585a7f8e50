import { describe, expect, it } from 'vitest';
import { extendTimeline } from '../../../src/core/session/extend.ts';
import { captionAt, stepAt, type Timeline } from '../../../src/core/session/timeline.ts';

/** A 5-minute timeline: intro, practice, outro, one caption in each. */
const BASE: Timeline = {
  totalMs: 300_000,
  steps: [
    { id: 'intro', startMs: 0, endMs: 30_000 },
    { id: 'practice', startMs: 30_000, endMs: 270_000 },
    { id: 'outro', startMs: 270_000, endMs: 300_000 },
  ],
  captions: [
    { ref: 'beach/intro.1', section: 'intro', startMs: 2_000, endMs: 8_000 },
    { ref: 'beach/practice.1', section: 'practice', startMs: 60_000, endMs: 66_000 },
    { ref: 'beach/closing.1', section: 'closing', startMs: 271_000, endMs: 277_000 },
  ],
  cues: null,
};

describe('extending a session', () => {
  it('grows the practice and moves the outro and its captions later', () => {
    const long = extendTimeline(BASE, 300_000);
    expect(long.totalMs).toBe(600_000);
    expect(long.steps.map((s) => [s.id, s.startMs, s.endMs])).toEqual([
      ['intro', 0, 30_000],
      ['practice', 30_000, 570_000],
      ['outro', 570_000, 600_000],
    ]);
    // Where the outro used to be is practice now, with no closing caption.
    expect(stepAt(long, 275_000)?.id).toBe('practice');
    expect(captionAt(long, 271_500)).toBeNull();
    expect(captionAt(long, 571_500)?.ref).toBe('beach/closing.1');
    // Intro and practice captions are where they were.
    expect(long.captions.slice(0, 2)).toEqual(BASE.captions.slice(0, 2));
  });

  it('leaves the timeline alone for no extension', () => {
    expect(extendTimeline(BASE, 0)).toBe(BASE);
  });
});
