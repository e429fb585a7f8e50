/**
 * The shared breathing clock of a group session. Every member's breathing guide runs from the
 * same server instant (`startAtMs`), converted to this headset's clock with the offset estimated
 * from ping/pong, so residents who pressed Begin at different moments still breathe in step.
 * Plain mutable module state: the session runner reads it every frame without allocating.
 */
export const groupClock = {
  active: false,
  /** Server epoch ms at which the group's breathing timeline starts. */
  startAtMs: 0,
  /** Server clock minus local clock (ms), from the hub link's estimate. */
  offsetMs: 0,
  /** Breath time held while paused, so the guide does not jump. */
  frozenMs: null as number | null,
  /** The breath time last used, and the local epoch ms it was used at (for the browser tests). */
  lastBreathMs: 0,
  lastAtMs: 0,
};

export function joinGroup(startAtMs: number | null): void {
  groupClock.active = startAtMs !== null;
  groupClock.startAtMs = startAtMs ?? 0;
  groupClock.frozenMs = null;
}

export function setClockOffset(offsetMs: number): void {
  groupClock.offsetMs = offsetMs;
}

export const localEpochMs = (): number => performance.timeOrigin + performance.now();

/**
 * The time the breathing guide follows: the group's clock in a group session, else the session's
 * own elapsed time. The breathing cues are read from the guide at this time (core/session/cues).
 */
export function breathTimeMs(elapsedMs: number, paused: boolean, timeScale: number): number {
  if (!groupClock.active) return elapsedMs;
  if (paused) {
    groupClock.frozenMs ??= groupClock.lastBreathMs;
    return groupClock.frozenMs;
  }
  groupClock.frozenMs = null;
  const now = localEpochMs();
  const t = Math.max(0, (now + groupClock.offsetMs - groupClock.startAtMs) * timeScale);
  groupClock.lastBreathMs = t;
  groupClock.lastAtMs = now;
  return t;
}
