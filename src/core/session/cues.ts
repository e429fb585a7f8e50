import { cycleMs, type BreathPattern, type BreathPhaseKind } from '../breathing/patterns.ts';
import type { BreathState } from '../breathing/phase.ts';

/**
 * The breathing cues ("Breathe in", "Hold gently" …) are read from the breathing guide itself,
 * not from narration time: in a group session the guide follows the group's shared clock while
 * the narration follows this resident's own session, so a cue timed by the narration could say
 * "in" while the guide breathes out. The narration only says when cueing may happen (a window
 * of narration time); which cue shows, and exactly when, comes from the guide's phase.
 */
export interface CueWindow {
  /** Narration time from which the next whole guide cycle is cued. */
  startMs: number;
  /** Narration time by which cueing is over: room for `cycles` + 1 cycles, whatever the phase. */
  endMs: number;
  /** How many whole cycles are cued. */
  cycles: number;
  pattern: BreathPattern;
  /** The script line cueing each phase kind. */
  refs: Readonly<Partial<Record<BreathPhaseKind, string>>>;
}

/** A phase cue leaves the screen a moment before its phase ends, so the next one reads as new. */
export const CUE_TAIL_MS = 250;

/** The window's length for a pattern: one spare cycle so the cued cycles fit any alignment. */
export function cueWindowMs(pattern: BreathPattern, cycles: number): number {
  return (cycles + 1) * cycleMs(pattern);
}

/**
 * What a session remembers between frames about its cues (plain data, mutated in place so the
 * session runner allocates nothing per frame).
 */
export interface CueTracker {
  /** The first cued guide cycle, fixed when the narration enters the window. */
  firstCycle: number | null;
  /** Guide time when the resident last started or carried on: earlier phases are not cued. */
  sinceBreathMs: number | null;
  wasPaused: boolean;
}

export function createCueTracker(): CueTracker {
  return { firstCycle: null, sinceBreathMs: null, wasPaused: false };
}

export function resetCueTracker(t: CueTracker): void {
  t.firstCycle = null;
  t.sinceBreathMs = null;
  t.wasPaused = false;
}

/**
 * The cue to show this frame, or null. `narrativeMs`: where the narration is; `breathMs` and
 * `breath`: the time the guide follows and `phaseAt` at that time. A cue appears only at the
 * start of a guide phase the resident sees begin, names that phase, and leaves just before it
 * ends; the cued cycles are the first `cycles` whole cycles of the guide that begin once the
 * narration reaches the window (fixed then, so clock estimates that wobble later move nothing).
 */
export function cueAt(
  tracker: CueTracker,
  window: CueWindow,
  narrativeMs: number,
  breathMs: number,
  breath: BreathState,
  paused: boolean,
): string | null {
  if (paused) {
    tracker.wasPaused = true;
    return null;
  }
  if (tracker.sinceBreathMs === null || tracker.wasPaused) {
    // After a pause a group's guide may have moved on: what is mid-phase now is not cued.
    tracker.sinceBreathMs = breathMs;
    tracker.wasPaused = false;
  }
  if (narrativeMs < window.startMs || narrativeMs >= window.endMs) return null;
  const cycle = cycleMs(window.pattern);
  // The guide's time when the narration was at the window's start (they run at the same rate).
  tracker.firstCycle ??= Math.ceil((window.startMs + breathMs - narrativeMs) / cycle);
  if (breath.cycle < tracker.firstCycle || breath.cycle >= tracker.firstCycle + window.cycles) {
    return null;
  }
  if (breath.phaseStartMs < tracker.sinceBreathMs) return null;
  if (breathMs >= breath.phaseEndMs - CUE_TAIL_MS) return null;
  return window.refs[breath.kind] ?? null;
}
