import { describe, expect, it } from 'vitest';
import { starField } from '../../../src/experience/scenes/common/Stars.tsx';

describe('the evening stars', () => {
  const count = 260;
  const radius = 800;
  const { pos, size } = starField(count, radius);
  const stars = Array.from({ length: count }, (_, i) => ({
    x: pos[i * 3]!,
    y: pos[i * 3 + 1]!,
    z: pos[i * 3 + 2]!,
    size: size[i]!,
  }));

  it('sit on the sky dome, well above the horizon glow, at a gentle range of brightness', () => {
    for (const s of stars) {
      expect(Math.hypot(s.x, s.y, s.z)).toBeCloseTo(radius, 1);
      expect(s.y / radius).toBeGreaterThanOrEqual(0.25);
      expect(s.size).toBeGreaterThanOrEqual(0.3);
      expect(s.size).toBeLessThanOrEqual(1);
    }
  });

  it('are scattered, not strung along a line: every band of height has stars all round', () => {
    const bands = 6;
    for (let b = 0; b < bands; b++) {
      const lo = 0.25 + (0.75 * b) / bands;
      const hi = lo + 0.75 / bands;
      const octants = new Set(
        stars
          .filter((s) => s.y / radius >= lo && s.y / radius < hi)
          .map((s) => Math.floor(((Math.atan2(s.z, s.x) + Math.PI) / (2 * Math.PI)) * 8) % 8),
      );
      expect(octants.size, `height band ${lo.toFixed(2)}–${hi.toFixed(2)}`).toBeGreaterThanOrEqual(
        6,
      );
    }
  });

  it('are the same every session', () => {
    expect(starField(count, radius).pos).toEqual(pos);
  });
});
