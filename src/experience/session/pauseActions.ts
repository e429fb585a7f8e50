import { elapsedAt } from '../../core/session/clock.ts';
import { logEvent } from './logging.ts';
import { pauseSession, resumeSession, sessionStore } from './sessionStore.ts';

/** Pause, resume and "call staff", each logged as a session event at the session time it happened. */

function sessionTime(): [string, number] | null {
  const { sessionId, clock } = sessionStore.getState();
  if (!sessionId || !clock) return null;
  return [sessionId, elapsedAt(clock, performance.now())];
}

export function pauseByResident(): void {
  const at = sessionTime();
  if (at && pauseSession(performance.now())) logEvent(at[0], at[1], 'paused', { by: 'resident' });
}

export function resumeByResident(): void {
  const at = sessionTime();
  if (at && resumeSession(performance.now())) logEvent(at[0], at[1], 'resumed', { by: 'resident' });
}

export function callStaff(): void {
  const at = sessionTime();
  if (!at) return;
  logEvent(at[0], at[1], 'call_staff', {});
  sessionStore.setState({ staffCalled: true });
}
