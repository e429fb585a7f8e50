/** Fades, as pure functions of time: how visible the scene is (0 black .. 1 clear). */

export const FADE_IN_MS = 3000;
export const FADE_OUT_MS = 3000;

function smooth(x: number): number {
  const c = Math.min(1, Math.max(0, x));
  return c * c * (3 - 2 * c);
}

/**
 * Visibility at `elapsedMs`; when leaving, `leavingSinceMs` is the session time the fade out began
 * (a resident's leave or the natural end).
 */
export function visibilityAt(elapsedMs: number, leavingSinceMs: number | null): number {
  const fadeIn = smooth(elapsedMs / FADE_IN_MS);
  if (leavingSinceMs === null) return fadeIn;
  const fadeOut = 1 - smooth((elapsedMs - leavingSinceMs) / FADE_OUT_MS);
  return Math.min(fadeIn, fadeOut);
}

export function fadeOutDone(elapsedMs: number, leavingSinceMs: number | null): boolean {
  return leavingSinceMs !== null && elapsedMs - leavingSinceMs >= FADE_OUT_MS;
}
