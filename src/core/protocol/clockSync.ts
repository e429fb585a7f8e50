/**
 * NTP-style clock offset estimate from ping/pong: the headset sends its clock t0, the hub notes
 * its clock on arrival (t1) and departure (t2), the headset notes t3 on return. For one exchange
 *   offset = ((t1 - t0) + (t2 - t3)) / 2     (server clock minus local clock)
 *   delay  = (t3 - t0) - (t2 - t1)           (network round trip, without the hub's own time)
 * The error of one offset is at most delay / 2, so of the recent samples the one with the
 * smallest delay is the best estimate (Mills' clock filter, simplified).
 */

export interface ClockSample {
  t0: number;
  t1: number;
  t2: number;
  t3: number;
}

export interface ClockEstimate {
  /** Add to a local epoch time to get the server's. */
  offsetMs: number;
  /** Round trip of the sample the offset came from; the offset is good to ±delayMs/2. */
  delayMs: number;
  samples: number;
}

export interface ClockFilter {
  /** Most recent first. */
  readonly samples: readonly { offsetMs: number; delayMs: number }[];
  readonly size: number;
}

export const DEFAULT_CLOCK_SAMPLES = 8;

export function createClockFilter(size = DEFAULT_CLOCK_SAMPLES): ClockFilter {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer`);
  return { samples: [], size };
}

export function sampleOffset(s: ClockSample): { offsetMs: number; delayMs: number } {
  return {
    offsetMs: (s.t1 - s.t0 + (s.t2 - s.t3)) / 2,
    delayMs: Math.max(0, s.t3 - s.t0 - (s.t2 - s.t1)),
  };
}

/** Adds one exchange; an impossible one (reply before request, non-finite) is ignored. */
export function addClockSample(filter: ClockFilter, s: ClockSample): ClockFilter {
  const values = [s.t0, s.t1, s.t2, s.t3];
  if (!values.every(Number.isFinite) || s.t3 < s.t0 || s.t2 < s.t1) return filter;
  const next = [sampleOffset(s), ...filter.samples].slice(0, filter.size);
  return { samples: next, size: filter.size };
}

export function estimateClock(filter: ClockFilter): ClockEstimate | null {
  let best: { offsetMs: number; delayMs: number } | null = null;
  for (const s of filter.samples) if (!best || s.delayMs < best.delayMs) best = s;
  return best ? { ...best, samples: filter.samples.length } : null;
}
