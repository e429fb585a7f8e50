import { describe, expect, it } from 'vitest';
import { pairedChange, studentTCdf, studentTQuantile } from '../../../src/core/export/stats.ts';

describe('Student t', () => {
  it('matches published two-sided 95% critical values', () => {
    // From standard t tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [30, 2.042],
      [100, 1.984],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.96, 2);
  });

  it('has a CDF that is symmetric and one half at zero', () => {
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(1.5, 7) + studentTCdf(-1.5, 7)).toBeCloseTo(1, 12);
  });
});

describe('paired change', () => {
  it('computes the mean change and its 95% CI from n, Σd, Σd²', () => {
    // Differences 2, 1, 3, 2: mean 2, sd √(2/3), CI 2 ± 3.182 × 0.4082.
    const d = [2, 1, 3, 2];
    const r = pairedChange(
      d.length,
      d.reduce((a, b) => a + b, 0),
      d.reduce((a, b) => a + b * b, 0),
    );
    expect(r.mean).toBe(2);
    expect(r.sd).toBeCloseTo(Math.sqrt(2 / 3), 10);
    expect(r.ciLow).toBeCloseTo(2 - 3.182446 * 0.408248, 4);
    expect(r.ciHigh).toBeCloseTo(2 + 3.182446 * 0.408248, 4);
  });

  it('gives no interval for fewer than two pairs and nothing for none', () => {
    expect(pairedChange(1, 3, 9)).toEqual({ n: 1, mean: 3, sd: null, ciLow: null, ciHigh: null });
    expect(pairedChange(0, 0, 0).mean).toBeNull();
  });

  it('never takes the square root of a rounding error below zero', () => {
    // Σd² a hair below n·mean² (as floating-point sums can be): variance clamps to 0, not NaN.
    const r = pairedChange(3, 0.3, 0.0299999999999);
    expect(r.sd).toBe(0);
    expect(r.ciLow).toBeCloseTo(0.1, 12);
  });
});
