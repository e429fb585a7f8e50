import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PatternId } from '../../core/breathing/patterns.ts';
import type { Lang, MessageKey } from '../../core/i18n/catalogue.ts';
import type { EndReason } from '../../core/schemas/session.ts';
import type { SessionLengthMin } from '../../core/session/timeline.ts';
import { pauseClock, resumeClock, type SessionClock } from '../../core/session/clock.ts';

/**
 * What the resident app shows, as a small zustand store. Per-frame values never live here: only
 * things that change a few times a session (stage, the caption on screen, the end reason).
 * Actions are plain functions, so tests and (later) WebSocket handlers call them without hooks.
 */

export type Stage = 'setup' | 'running' | 'leaving' | 'finished';
export type ViewMode = 'vr' | '2d';
export type CaptionSize = 'small' | 'large' | 'extra_large';
export const CAPTION_SIZES: readonly CaptionSize[] = ['small', 'large', 'extra_large'];

export interface SessionConfig {
  sceneId: string;
  lengthMin: SessionLengthMin;
  language: Lang;
  /** A pattern, or the scene's own default. */
  pattern: PatternId | 'scene_default';
  /** "Just listen": the breathing guide is hidden. */
  guideVisible: boolean;
}

export interface SessionState {
  stage: Stage;
  config: SessionConfig;
  mode: ViewMode;
  sessionId: string | null;
  captionKey: MessageKey | null;
  endReason: EndReason | null;
  /** Running time of the session; changes only at start, pause and resume. */
  clock: SessionClock | null;
  paused: boolean;
  /** The resident asked for staff this session (the console will surface it). */
  staffCalled: boolean;
  captionSize: CaptionSize;
  /** Set when the server could not be told about the session (shown to staff, not residents). */
  syncError: string | null;
  /** Time staff added to this session ("+5 min"), in session ms. */
  extendedMs: number;
}

export const DEFAULT_CONFIG: SessionConfig = {
  sceneId: 'beach',
  lengthMin: 5,
  language: 'en',
  pattern: 'scene_default',
  guideVisible: true,
};

export const sessionStore = createStore<SessionState>(() => ({
  stage: 'setup',
  config: DEFAULT_CONFIG,
  mode: '2d',
  sessionId: null,
  captionKey: null,
  endReason: null,
  clock: null,
  paused: false,
  staffCalled: false,
  captionSize: 'large',
  syncError: null,
  extendedMs: 0,
}));

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

export function configure(patch: Partial<SessionConfig>): void {
  const { stage, config } = sessionStore.getState();
  if (stage !== 'setup' && stage !== 'finished') return;
  sessionStore.setState({ config: { ...config, ...patch } });
}

export function beginSession(id: string, mode: ViewMode, clock: SessionClock): void {
  sessionStore.setState({
    stage: 'running',
    clock,
    paused: false,
    staffCalled: false,
    mode,
    sessionId: id,
    captionKey: null,
    endReason: null,
    syncError: null,
    extendedMs: 0,
  });
}

export function showCaption(key: MessageKey | null): void {
  if (sessionStore.getState().captionKey !== key) sessionStore.setState({ captionKey: key });
}

/** Starts the gentle fade out; the first reason given wins. */
export function requestLeave(reason: EndReason): void {
  const s = sessionStore.getState();
  if (s.stage !== 'running') return;
  // Leaving from the pause menu: time runs again so the fade out can play.
  const clock = s.paused && s.clock ? resumeClock(s.clock, performance.now()) : s.clock;
  sessionStore.setState({ stage: 'leaving', endReason: reason, paused: false, clock });
}

export function finishSession(): void {
  if (sessionStore.getState().stage === 'leaving') {
    sessionStore.setState({ stage: 'finished', captionKey: null, clock: null, paused: false });
  }
}

/** Freezes session time (breath, captions, the end) until resumed. Returns whether it paused. */
export function pauseSession(nowMs: number): boolean {
  const s = sessionStore.getState();
  if (s.stage !== 'running' || !s.clock || s.paused) return false;
  sessionStore.setState({ paused: true, clock: pauseClock(s.clock, nowMs) });
  return true;
}

export function resumeSession(nowMs: number): boolean {
  const s = sessionStore.getState();
  if (!s.clock || !s.paused) return false;
  sessionStore.setState({ paused: false, clock: resumeClock(s.clock, nowMs) });
  return true;
}

/** Makes a running session longer (staff's "+5 min"); returns whether it did. */
export function extendSession(addMs: number): boolean {
  const s = sessionStore.getState();
  if (s.stage !== 'running' || !(addMs > 0)) return false;
  sessionStore.setState({ extendedMs: s.extendedMs + addMs });
  return true;
}

export function cycleCaptionSize(): void {
  const { captionSize } = sessionStore.getState();
  const next = CAPTION_SIZES[(CAPTION_SIZES.indexOf(captionSize) + 1) % CAPTION_SIZES.length]!;
  sessionStore.setState({ captionSize: next });
}

export function reportSyncError(message: string | null): void {
  sessionStore.setState({ syncError: message });
}

export function backToSetup(): void {
  sessionStore.setState({
    stage: 'setup',
    sessionId: null,
    captionKey: null,
    endReason: null,
    clock: null,
    paused: false,
  });
}

/** The pattern a session actually uses. */
export function effectivePattern(config: SessionConfig, sceneDefault: PatternId): PatternId {
  return config.pattern === 'scene_default' ? sceneDefault : config.pattern;
}
