/**
 * When a new build may take over. A service worker for a new build installs in the background and
 * then waits; the app applies it (a reload into the new build) only while it is idle on the start
 * screen, never during a session, a fade-out or the thank-you screen. Pure: the resident app feeds
 * it what happens, and it calls `apply` at most once.
 */
export interface UpdateGate {
  /** A new build is installed and waiting. */
  updateWaiting(): void;
  /** The app became idle (start screen) or busy (anything else). */
  activityChanged(idle: boolean): void;
  readonly state: UpdateGateState;
}

export type UpdateGateState = 'current' | 'waiting' | 'applied';

export function createUpdateGate(opts: { idle: boolean; apply: () => void }): UpdateGate {
  let idle = opts.idle;
  let state: UpdateGateState = 'current';
  const maybeApply = () => {
    if (state === 'waiting' && idle) {
      state = 'applied';
      opts.apply();
    }
  };
  return {
    updateWaiting() {
      if (state === 'current') state = 'waiting';
      maybeApply();
    },
    activityChanged(nowIdle) {
      idle = nowIdle;
      maybeApply();
    },
    get state() {
      return state;
    },
  };
}
