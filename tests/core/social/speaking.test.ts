import { describe, expect, it } from 'vitest';
import {
  createSpeakingState,
  resetSpeaking,
  SPEAKING,
  stepSpeaking,
} from '../../../src/core/social/speaking.ts';
import { peakLevel } from '../../../src/core/social/peakLevel.ts';

/** Steps a fresh state through `levels`, one every `frameMs`; returns `speaking` after each. */
function run(levels: number[], frameMs = 20) {
  const s = createSpeakingState();
  return levels.map((l, i) => stepSpeaking(s, l, i * frameMs).speaking);
}

describe('the speaking indicator', () => {
  it('stays off in silence and for quiet background sound below the threshold', () => {
    expect(run([0, 0, 0.02, 0.05, 0.09, 0.03, 0])).toEqual(Array(7).fill(false));
  });

  it('turns on as soon as the voice is loud enough', () => {
    expect(run([0, SPEAKING.onLevel, 0])[1]).toBe(true);
  });

  it('does not flicker off between syllables: holds through short gaps', () => {
    // speech, a 200 ms pause, speech again: on the whole time
    const levels = [0.3, 0.3, ...Array(10).fill(0), 0.3];
    expect(run(levels).every(Boolean)).toBe(true);
  });

  it('goes off once the hold has passed in silence, and not before', () => {
    const s = createSpeakingState();
    stepSpeaking(s, 0.5, 0);
    stepSpeaking(s, 0, SPEAKING.holdMs - 10);
    expect(s.speaking).toBe(true);
    stepSpeaking(s, 0, SPEAKING.holdMs + 10);
    expect(s.speaking).toBe(false);
  });

  it('has hysteresis: a level between the two thresholds keeps it on but never turns it on', () => {
    const between = (SPEAKING.onLevel + SPEAKING.offLevel) / 2;
    expect(run(Array(60).fill(between))).toEqual(Array(60).fill(false));
    const s = createSpeakingState();
    stepSpeaking(s, 0.5, 0);
    for (let t = 20; t <= 3000; t += 20) stepSpeaking(s, between, t);
    expect(s.speaking).toBe(true);
  });

  it('eases the glow up and back down by elapsed time, the same at any frame rate', () => {
    const glowAt = (frameMs: number, speakMs: number, quietMs: number) => {
      const s = createSpeakingState();
      let t = 0;
      for (; t <= speakMs; t += frameMs) stepSpeaking(s, 0.4, t);
      const peak = s.glow;
      for (; t <= speakMs + quietMs; t += frameMs) stepSpeaking(s, 0, t);
      return [peak, s.glow];
    };
    const [fastPeak, fastAfter] = glowAt(10, 400, 2000);
    const [slowPeak, slowAfter] = glowAt(200, 400, 2000);
    expect(fastPeak).toBeGreaterThan(0.9);
    expect(Math.abs(fastPeak! - slowPeak!)).toBeLessThan(0.05);
    expect(fastAfter).toBe(0);
    expect(slowAfter).toBe(0);
  });

  it('treats bad levels as silence and clamps loud ones', () => {
    const s = createSpeakingState();
    stepSpeaking(s, Number.NaN, 0);
    expect(s.speaking).toBe(false);
    stepSpeaking(s, 7, 20);
    expect(s.level).toBe(1);
    expect(s.speaking).toBe(true);
    resetSpeaking(s);
    expect(s).toEqual(createSpeakingState());
  });
});

describe('the level of a window of audio', () => {
  it('is its loudest sample, either sign', () => {
    expect(peakLevel(new Float32Array([0, 0.1, -0.6, 0.3]))).toBeCloseTo(0.6);
    expect(peakLevel(new Float32Array(128))).toBe(0);
    expect(peakLevel(new Float32Array(0))).toBe(0);
    expect(peakLevel(new Float32Array([2]))).toBe(1);
  });
});
