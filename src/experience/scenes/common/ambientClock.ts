/**
 * Time for ambient motion (waves, clouds, birds). It follows the session's `elapsedMs`, so a
 * preview frozen at `t` always draws the same frame, but it never jumps: when the session clock
 * restarts (Begin) or leaps, the ambient clock carries on from where it was by the frame delta.
 */
export interface AmbientClock {
  /** Seconds of ambient motion so far. */
  seconds: number;
  lastElapsedMs: number;
  started: boolean;
}

/** The largest session step (ms) still treated as ordinary progress rather than a jump. */
const MAX_STEP_MS = 1000;

export function createAmbientClock(): AmbientClock {
  return { seconds: 0, lastElapsedMs: 0, started: false };
}

/** Advances `clock` to this frame and returns its time in seconds. Allocates nothing. */
export function advanceAmbientClock(
  clock: AmbientClock,
  elapsedMs: number,
  deltaSeconds: number,
): number {
  if (!clock.started) {
    clock.started = true;
    clock.seconds = elapsedMs / 1000;
  } else {
    const step = elapsedMs - clock.lastElapsedMs;
    if (step >= 0 && step <= MAX_STEP_MS) clock.seconds += step / 1000;
    else clock.seconds += Math.min(deltaSeconds, 0.1);
  }
  clock.lastElapsedMs = elapsedMs;
  return clock.seconds;
}
