/**
 * While measures are asked, the session's narration waits: the session clock keeps running (so
 * event times stay monotonic and the fade is undisturbed) but the narrative time the timeline is
 * read at stands still. Mutated in place: the runner reads it every frame without allocating.
 */
export interface NarrativeGate {
  /** Session time spent holding so far (narration was shifted later by this much). */
  offsetMs: number;
  /** Session time the current hold began, or null while the narration runs. */
  holdSinceMs: number | null;
}

export function createGate(): NarrativeGate {
  return { offsetMs: 0, holdSinceMs: null };
}

export function resetGate(g: NarrativeGate): void {
  g.offsetMs = 0;
  g.holdSinceMs = null;
}

/** The time to read the timeline at, for session time `elapsedMs`. */
export function narrativeAt(g: NarrativeGate, elapsedMs: number): number {
  const at = g.holdSinceMs ?? elapsedMs;
  return Math.max(0, at - g.offsetMs);
}

export function holdNarrative(g: NarrativeGate, elapsedMs: number): void {
  if (g.holdSinceMs === null) g.holdSinceMs = elapsedMs;
}

export function releaseNarrative(g: NarrativeGate, elapsedMs: number): void {
  if (g.holdSinceMs === null) return;
  g.offsetMs += Math.max(0, elapsedMs - g.holdSinceMs);
  g.holdSinceMs = null;
}
