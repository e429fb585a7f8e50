import type { HeadsetStatus, HeadsetSummary } from '../../core/protocol/messages.ts';

/** Words staff read at a glance; pure, so they are tested without a browser. */

export function clockText(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const STEP: Record<NonNullable<HeadsetStatus['step']>, string> = {
  intro: 'Introduction',
  practice: 'Breathing practice',
  outro: 'Closing',
  room: 'In the social room',
};

export function stateText(h: HeadsetSummary): string {
  const s = h.status;
  if (!h.online)
    return s?.state === 'in_session' ? 'Connection lost (session carries on)' : 'Offline';
  if (!s) return 'Connecting…';
  if (s.state === 'idle') return 'Idle: waiting for staff';
  if (s.state === 'ready') return 'Ready: waiting for the resident to press Begin';
  if (s.leaving) return 'Ending (fading out)';
  if (s.paused) return 'Paused';
  return 'In session';
}

const MEASURING: Record<NonNullable<HeadsetStatus['measuring']>, string> = {
  before: 'Questions before the session',
  after: 'Questions after the session',
};

/** Where the session is; the questions before or after it, while they are asked. */
export function stepText(s: HeadsetStatus | null): string {
  if (s?.measuring) return MEASURING[s.measuring];
  return s?.step ? STEP[s.step] : '–';
}

export function unsentText(n: number): string {
  if (n === 0) return 'All records saved';
  return n === 1 ? '1 record not yet saved' : `${n} records not yet saved`;
}

/** Where staff record the measures they answer with the resident, and notes, after a session. */
export function recordPath(sessionId: string): string {
  return `/console/sessions/${encodeURIComponent(sessionId)}/record`;
}
