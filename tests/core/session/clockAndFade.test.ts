import { describe, expect, it } from 'vitest';
import { elapsedAt, pauseClock, resumeClock, startClock } from '../../../src/core/session/clock.ts';
import {
  FADE_IN_MS,
  FADE_OUT_MS,
  fadeOutDone,
  visibilityAt,
} from '../../../src/core/session/fade.ts';

describe('session clock', () => {
  it('derives elapsed time from the start, scaled, minus pauses', () => {
    let c = startClock(1000, 2);
    expect(elapsedAt(c, 1500)).toBe(1000);
    c = pauseClock(c, 2000);
    expect(elapsedAt(c, 9000)).toBe(2000);
    c = resumeClock(c, 3000);
    expect(elapsedAt(c, 3500)).toBe(3000);
  });

  it('refuses a meaningless time scale', () => {
    expect(() => startClock(0, 0)).toThrow(/timeScale/);
    expect(() => startClock(0, Number.NaN)).toThrow(/timeScale/);
  });
});

describe('fades', () => {
  it('fades in from black, and out to black once leaving', () => {
    expect(visibilityAt(0, null)).toBe(0);
    expect(visibilityAt(FADE_IN_MS / 2, null)).toBeCloseTo(0.5, 5);
    expect(visibilityAt(FADE_IN_MS, null)).toBe(1);
    expect(visibilityAt(60_000, 60_000)).toBe(1);
    expect(visibilityAt(60_000 + FADE_OUT_MS, 60_000)).toBe(0);
    expect(fadeOutDone(60_000 + FADE_OUT_MS - 1, 60_000)).toBe(false);
    expect(fadeOutDone(60_000 + FADE_OUT_MS, 60_000)).toBe(true);
    expect(fadeOutDone(60_000, null)).toBe(false);
  });
});
