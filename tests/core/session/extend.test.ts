import { describe, expect, it } from 'vitest';
import { extendTimeline } from '../../../src/core/session/extend.ts';
import { buildTimeline, captionAt, stepAt } from '../../../src/core/session/timeline.ts';
import type { MessageKey } from '../../../src/core/i18n/catalogue.ts';

const SCRIPT = {
  intro: ['a', 'b'] as unknown as MessageKey[],
  practice: ['c'] as unknown as MessageKey[],
  outro: ['d', 'e'] as unknown as MessageKey[],
};

describe('extending a session', () => {
  it('grows the practice and moves the outro and its captions later', () => {
    const base = buildTimeline(5, SCRIPT);
    const long = extendTimeline(base, 300_000);
    expect(long.totalMs).toBe(600_000);
    expect(long.steps.map((s) => [s.id, s.startMs, s.endMs])).toEqual([
      ['intro', 0, 30_000],
      ['practice', 30_000, 570_000],
      ['outro', 570_000, 600_000],
    ]);
    // Where the outro used to be is practice now, with no outro caption.
    expect(stepAt(long, 275_000)?.id).toBe('practice');
    expect(captionAt(long, 271_500)).toBeNull();
    expect(captionAt(long, 571_500)?.key).toBe('d');
    // Intro and practice captions are where they were.
    expect(long.captions.slice(0, 3)).toEqual(base.captions.slice(0, 3));
  });

  it('leaves the timeline alone for no extension', () => {
    const base = buildTimeline(3, SCRIPT);
    expect(extendTimeline(base, 0)).toBe(base);
  });
});
