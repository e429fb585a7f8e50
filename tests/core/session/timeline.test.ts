import { describe, expect, it } from 'vitest';
import {
  SESSION_LENGTHS_MIN,
  buildTimeline,
  captionAt,
  isFinished,
  stepAt,
  type NarrationScript,
} from '../../../src/core/session/timeline.ts';
import { beachManifest } from '../../../src/experience/scenes/beach/manifest.ts';

const script: NarrationScript = beachManifest.narration;

describe.each(SESSION_LENGTHS_MIN)('a %i-minute timeline', (minutes) => {
  const tl = buildTimeline(minutes, script);

  it('runs intro, practice, outro back to back for the whole length', () => {
    expect(tl.totalMs).toBe(minutes * 60_000);
    expect(tl.steps.map((s) => s.id)).toEqual(['intro', 'practice', 'outro']);
    expect(tl.steps[0]!.startMs).toBe(0);
    for (let i = 1; i < tl.steps.length; i++) {
      expect(tl.steps[i]!.startMs).toBe(tl.steps[i - 1]!.endMs);
    }
    expect(tl.steps.at(-1)!.endMs).toBe(tl.totalMs);
  });

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

  it('shows every line of the script once, in order, with no overlapping captions', () => {
    expect(tl.captions.map((c) => c.key)).toEqual([
      ...script.intro,
      ...script.practice,
      ...script.outro,
    ]);
    for (let i = 0; i < tl.captions.length; i++) {
      const c = tl.captions[i]!;
      expect(c.endMs).toBeGreaterThan(c.startMs);
      if (i > 0) expect(c.startMs).toBeGreaterThanOrEqual(tl.captions[i - 1]!.endMs);
      const step = stepAt(tl, c.startMs)!;
      expect(c.endMs).toBeLessThanOrEqual(step.endMs);
      expect(captionAt(tl, c.startMs)?.key).toBe(c.key);
      expect(captionAt(tl, c.endMs - 1)?.key).toBe(c.key);
    }
    expect(captionAt(tl, 0)).toBeNull();
  });
});
