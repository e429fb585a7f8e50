import { describe, expect, it } from 'vitest';
import { chooseFrameRate, FOVEATION } from '../../../src/experience/xr/frameRate.ts';

describe('chooseFrameRate', () => {
  it('prefers 72 Hz, the calm-scene target, over the highest rate', () => {
    expect(chooseFrameRate([72, 80, 90, 120])).toBe(72);
  });
  it('falls back to the lowest rate of at least 60 Hz, else the highest', () => {
    expect(chooseFrameRate([90, 120])).toBe(90);
    expect(chooseFrameRate([30, 45])).toBe(45);
    expect(chooseFrameRate([])).toBe(false);
  });
  it('sets a moderate foveation, not the library maximum', () => {
    expect(FOVEATION).toBeGreaterThan(0);
    expect(FOVEATION).toBeLessThan(1);
  });
});
