import type { Lang } from '../i18n/catalogue.ts';
import type { SessionPlan } from '../schemas/sessionPlan.ts';
import { MAX_SESSION_MIN, type Command, type HeadsetStatus } from './messages.ts';

/**
 * The headset's status as a pure state machine, and which console commands are valid in which
 * state. The headset applies events as they happen and reports the result; the hub and the
 * console use `checkCommand` to refuse (or grey out) a command that makes no sense now.
 *
 *   idle ──prepared──▶ ready ──began──▶ in_session ──finished──▶ idle
 *     ▲                  │ cancelled        │ paused ⇄ resumed, extended, leaving
 *     └──────────────────┘                  ▼
 */

export type HeadsetEvent =
  | { type: 'prepared'; plan: SessionPlan }
  | { type: 'cancelled' }
  | {
      type: 'began';
      sessionId: string;
      scene: string;
      mode: 'vr' | '2d';
      totalMs: number;
      language: Lang;
      residentId: string | null;
      groupId: string | null;
    }
  | { type: 'progress'; elapsedMs: number; step: HeadsetStatus['step'] }
  | { type: 'caption'; text: string | null }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'extended'; addMs: number }
  | { type: 'leaving' }
  | { type: 'finished' }
  | { type: 'staff_called' }
  | { type: 'call_acknowledged' }
  | { type: 'unsent'; count: number }
  | { type: 'language'; language: Lang };

export function idleStatus(language: Lang, unsentLogItems = 0): HeadsetStatus {
  return {
    state: 'idle',
    paused: false,
    leaving: false,
    sessionId: null,
    scene: null,
    step: null,
    elapsedMs: null,
    remainingMs: null,
    totalMs: null,
    language,
    mode: null,
    unsentLogItems,
    lastCaption: null,
    staffCalled: false,
    residentId: null,
    groupId: null,
  };
}

const remaining = (totalMs: number | null, elapsedMs: number | null) =>
  totalMs === null ? null : Math.max(0, totalMs - (elapsedMs ?? 0));

/** The next status. Events that make no sense in the current state leave it unchanged. */
export function nextStatus(s: HeadsetStatus, e: HeadsetEvent): HeadsetStatus {
  const inSession = s.state === 'in_session';
  switch (e.type) {
    case 'prepared': {
      if (inSession) return s;
      const totalMs = e.plan.lengthMin * 60_000;
      return {
        ...idleStatus(e.plan.language, s.unsentLogItems),
        state: 'ready',
        scene: e.plan.scene,
        totalMs,
        remainingMs: totalMs,
        residentId: e.plan.residentId,
        groupId: e.plan.group?.groupId ?? null,
      };
    }
    case 'cancelled':
      return s.state === 'ready' ? idleStatus(s.language, s.unsentLogItems) : s;
    case 'began':
      if (inSession) return s;
      return {
        ...idleStatus(e.language, s.unsentLogItems),
        state: 'in_session',
        sessionId: e.sessionId,
        scene: e.scene,
        mode: e.mode,
        step: 'intro',
        elapsedMs: 0,
        totalMs: e.totalMs,
        remainingMs: e.totalMs,
        residentId: e.residentId,
        groupId: e.groupId,
      };
    case 'progress':
      if (!inSession) return s;
      return {
        ...s,
        elapsedMs: e.elapsedMs,
        step: e.step,
        remainingMs: remaining(s.totalMs, e.elapsedMs),
      };
    case 'caption':
      return inSession && e.text !== null && e.text !== s.lastCaption
        ? { ...s, lastCaption: e.text }
        : s;
    case 'paused':
      return inSession && !s.leaving ? { ...s, paused: true } : s;
    case 'resumed':
      return inSession ? { ...s, paused: false } : s;
    case 'extended': {
      if (!inSession || s.leaving || s.totalMs === null) return s;
      const totalMs = Math.min(s.totalMs + e.addMs, MAX_SESSION_MIN * 60_000);
      return { ...s, totalMs, remainingMs: remaining(totalMs, s.elapsedMs) };
    }
    case 'leaving':
      return inSession ? { ...s, leaving: true, paused: false } : s;
    case 'finished':
      return inSession ? idleStatus(s.language, s.unsentLogItems) : s;
    case 'staff_called':
      return inSession ? { ...s, staffCalled: true } : s;
    case 'call_acknowledged':
      return { ...s, staffCalled: false };
    case 'unsent':
      return { ...s, unsentLogItems: Math.max(0, Math.floor(e.count)) };
    case 'language':
      return s.state === 'idle' ? { ...s, language: e.language } : s;
  }
}

export type CommandCheck = { ok: true } | { ok: false; reason: string };

const no = (reason: string): CommandCheck => ({ ok: false, reason });

/** Whether `command` is valid for a headset whose last status is `s` (null: never heard from). */
export function checkCommand(
  s: HeadsetStatus | null,
  online: boolean,
  command: Command,
): CommandCheck {
  if (!online || !s) return no('The headset is not connected');
  const live = s.state === 'in_session' && !s.leaving;
  switch (command.kind) {
    case 'prepare':
      return s.state === 'in_session' ? no('A session is running on this headset') : { ok: true };
    case 'pause':
      if (!live) return no('No session is running');
      return s.paused ? no('The session is already paused') : { ok: true };
    case 'resume':
      if (!live) return no('No session is running');
      return s.paused ? { ok: true } : no('The session is not paused');
    case 'extend': {
      if (!live || s.totalMs === null) return no('No session is running');
      const after = s.totalMs + command.minutes * 60_000;
      return after > MAX_SESSION_MIN * 60_000
        ? no(`A session can last at most ${MAX_SESSION_MIN} minutes`)
        : { ok: true };
    }
    case 'end':
      return s.state === 'ready' || live ? { ok: true } : no('Nothing to end');
    case 'acknowledge_call':
      return s.staffCalled ? { ok: true } : no('No call to answer');
  }
}

/** What the console's buttons for one headset may do now. */
export function availableCommands(
  s: HeadsetStatus | null,
  online: boolean,
): Record<Command['kind'], boolean> {
  const ok = (c: Command) => checkCommand(s, online, c).ok;
  return {
    prepare: ok({ kind: 'prepare', plan: PLACEHOLDER_PLAN }),
    pause: ok({ kind: 'pause' }),
    resume: ok({ kind: 'resume' }),
    extend: ok({ kind: 'extend', minutes: 5 }),
    end: ok({ kind: 'end' }),
    acknowledge_call: ok({ kind: 'acknowledge_call' }),
  };
}

// checkCommand never looks inside a prepare's plan; this one only names the command.
const PLACEHOLDER_PLAN: SessionPlan = {
  scene: 'beach',
  lengthMin: 5,
  language: 'en',
  pattern: 'scene_default',
  guideVisible: true,
  measures: [],
  residentId: null,
  group: null,
};
