import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addClockSample,
  createClockFilter,
  estimateClock,
  sampleOffset,
} from '../../../src/core/protocol/clockSync.ts';

describe('clock offset estimator', () => {
  it('recovers a known offset from a symmetric exchange exactly', () => {
    // Server is 5000 ms ahead; 40 ms each way; the hub holds the ping for 2 ms.
    const t0 = 1_000_000;
    const s = { t0, t1: t0 + 40 + 5000, t2: t0 + 42 + 5000, t3: t0 + 82 };
    expect(sampleOffset(s)).toEqual({ offsetMs: 5000, delayMs: 80 });
  });

  it('picks the sample with the least delay, whose error is at most half its delay', () => {
    let f = createClockFilter(4);
    // Asymmetric slow exchange: 300 ms out, 20 back -> offset error 140 ms.
    f = addClockSample(f, { t0: 0, t1: 300 - 250, t2: 300 - 250, t3: 320 });
    // A fast, symmetric one: exact.
    f = addClockSample(f, { t0: 1000, t1: 1010 - 250, t2: 1010 - 250, t3: 1020 });
    const e = estimateClock(f);
    expect(e).toEqual({ offsetMs: -250, delayMs: 20, samples: 2 });
  });

  it('forgets samples beyond its window and ignores impossible ones', () => {
    let f = createClockFilter(2);
    f = addClockSample(f, { t0: 0, t1: 5, t2: 5, t3: 10 }); // offset 0, delay 10 (best, then dropped)
    f = addClockSample(f, { t0: 0, t1: 120, t2: 120, t3: 40 }); // offset 100, delay 40
    f = addClockSample(f, { t0: 0, t1: 130, t2: 130, t3: 60 }); // offset 100, delay 60
    expect(estimateClock(f)).toMatchObject({ offsetMs: 100, delayMs: 40, samples: 2 });
    expect(addClockSample(f, { t0: 10, t1: 0, t2: 0, t3: 5 })).toBe(f); // reply before request
    expect(addClockSample(f, { t0: 0, t1: NaN, t2: 0, t3: 5 })).toBe(f);
    expect(estimateClock(createClockFilter())).toBeNull();
  });

  it('for any true offset and random path delays, the estimate is within half the best delay', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        fc.array(fc.tuple(fc.nat(400), fc.nat(400), fc.nat(5)), { minLength: 1, maxLength: 8 }),
        (offset, paths) => {
          let f = createClockFilter(8);
          let local = 1_700_000_000_000;
          for (const [up, down, hold] of paths) {
            const t1 = local + up + offset;
            const t2 = t1 + hold;
            f = addClockSample(f, { t0: local, t1, t2, t3: local + up + hold + down });
            local += 1000;
          }
          const e = estimateClock(f)!;
          expect(Math.abs(e.offsetMs - offset)).toBeLessThanOrEqual(e.delayMs / 2 + 1e-9);
        },
      ),
    );
  });

  it('two headsets with different offsets and 30-60 ms jitter agree on a group start within 100 ms', () => {
    // Each headset turns the server's startAtMs into its own clock with its estimate.
    const startAtServer = 2_000_000_000_000;
    const heads = [
      { offset: 1234, up: [60, 35, 40, 55], down: [30, 45, 60, 35] },
      { offset: -8000, up: [30, 30, 58, 41], down: [59, 42, 31, 30] },
    ];
    const localStarts = heads.map(({ offset, up, down }) => {
      let f = createClockFilter();
      let t = 1_999_999_000_000;
      up.forEach((u, i) => {
        f = addClockSample(f, {
          t0: t,
          t1: t + u + offset,
          t2: t + u + offset,
          t3: t + u + down[i]!,
        });
        t += 1000;
      });
      const e = estimateClock(f)!;
      // Local time at which this headset believes the server reaches startAt, in true server time.
      return startAtServer - e.offsetMs + offset;
    });
    expect(Math.abs(localStarts[0]! - localStarts[1]!)).toBeLessThan(100);
  });
});
