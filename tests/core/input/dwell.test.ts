import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DWELL_MS,
  createDwell,
  gazeHits,
  stepDwell,
} from '../../../src/core/input/dwell.ts';

describe('gaze dwell', () => {
  it('chooses after looking for the dwell time, once, at any frame rate', () => {
    for (const fps of [4, 72, 120]) {
      const s = createDwell();
      const dt = 1000 / fps;
      let fired = 0;
      let at = 0;
      for (let t = 0; t < DEFAULT_DWELL_MS * 3; t += dt) {
        if (stepDwell(s, true, dt)) {
          fired++;
          at = t + dt;
        }
      }
      expect(fired, `${fps} fps`).toBe(1);
      expect(at).toBeGreaterThanOrEqual(DEFAULT_DWELL_MS - 1);
      expect(at).toBeLessThan(DEFAULT_DWELL_MS + dt + 1);
    }
  });

  it('drains when the gaze leaves, so a glance never chooses', () => {
    const s = createDwell();
    for (let i = 0; i < 10; i++) stepDwell(s, true, 100);
    expect(s.progress).toBeCloseTo(1000 / DEFAULT_DWELL_MS, 5);
    for (let i = 0; i < 10; i++) stepDwell(s, false, 100);
    expect(s.progress).toBe(0);
    expect(stepDwell(s, true, 100)).toBe(false);
  });

  it('does not let one stalled frame choose', () => {
    const s = createDwell();
    expect(stepDwell(s, true, 5000)).toBe(false);
  });

  it('can choose again after looking away and back', () => {
    const s = createDwell();
    for (let i = 0; i < 16; i++) stepDwell(s, true, 100);
    expect(s.fired).toBe(true);
    for (let i = 0; i < 20; i++) stepDwell(s, false, 100);
    let again = false;
    for (let i = 0; i < 16; i++) again = stepDwell(s, true, 100) || again;
    expect(again).toBe(true);
  });

  it('hits a target only within its angular radius', () => {
    const eye = [0, 1.15, 0] as const;
    expect(gazeHits(eye, [0, 0, -1], [0, 1.15, -2], 0.15)).toBe(true);
    expect(gazeHits(eye, [0, 0, -1], [0.15, 1.15, -2], 0.15)).toBe(true);
    expect(gazeHits(eye, [0, 0, -1], [0.4, 1.15, -2], 0.15)).toBe(false);
    expect(gazeHits(eye, [0, 0, 1], [0, 1.15, -2], 0.15)).toBe(false);
  });
});
