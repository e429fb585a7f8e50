/**
 * A session clock as plain data. Elapsed time is always derived from the wall clock and the
 * recorded pauses, never accumulated frame by frame, so it cannot drift.
 */
export interface SessionClock {
  /** performance.now() (or any monotonic ms) when the session started. */
  startedAtMs: number;
  /** Monotonic ms when a pause began, or null while running. */
  pausedAtMs: number | null;
  /** Total ms spent paused so far. */
  pausedTotalMs: number;
  /** 1 in real use; larger in test mode to run a session quickly. */
  timeScale: number;
}

export function startClock(nowMs: number, timeScale = 1): SessionClock {
  if (!(timeScale > 0) || !Number.isFinite(timeScale)) {
    throw new Error(`timeScale must be a positive number, got ${timeScale}`);
  }
  return { startedAtMs: nowMs, pausedAtMs: null, pausedTotalMs: 0, timeScale };
}

export function elapsedAt(clock: SessionClock, nowMs: number): number {
  const until = clock.pausedAtMs ?? nowMs;
  return Math.max(0, (until - clock.startedAtMs - clock.pausedTotalMs) * clock.timeScale);
}

export function pauseClock(clock: SessionClock, nowMs: number): SessionClock {
  return clock.pausedAtMs === null ? { ...clock, pausedAtMs: nowMs } : clock;
}

export function resumeClock(clock: SessionClock, nowMs: number): SessionClock {
  if (clock.pausedAtMs === null) return clock;
  return {
    ...clock,
    pausedAtMs: null,
    pausedTotalMs: clock.pausedTotalMs + (nowMs - clock.pausedAtMs),
  };
}
