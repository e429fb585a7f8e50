import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PatternId } from '../../core/breathing/patterns.ts';
import type { Lang, MessageKey } from '../../core/i18n/catalogue.ts';
import type { EndReason } from '../../core/schemas/session.ts';
import type { SessionLengthMin } from '../../core/session/timeline.ts';

/**
 * What the resident app shows, as a small zustand store. Per-frame values never live here: only
 * things that change a few times a session (stage, the caption on screen, the end reason).
 * Actions are plain functions, so tests and (later) WebSocket handlers call them without hooks.
 */

export type Stage = 'setup' | 'running' | 'leaving' | 'finished';
export type ViewMode = 'vr' | '2d';

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
  /** Set when the server could not be told about the session (shown to staff, not residents). */
  syncError: string | null;
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
  syncError: null,
}));

export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(sessionStore, selector);
}

export function configure(patch: Partial<SessionConfig>): void {
  const { stage, config } = sessionStore.getState();
  if (stage !== 'setup' && stage !== 'finished') return;
  sessionStore.setState({ config: { ...config, ...patch } });
}

export function beginSession(id: string, mode: ViewMode): void {
  sessionStore.setState({
    stage: 'running',
    mode,
    sessionId: id,
    captionKey: null,
    endReason: null,
    syncError: null,
  });
}

export function showCaption(key: MessageKey | null): void {
  if (sessionStore.getState().captionKey !== key) sessionStore.setState({ captionKey: key });
}

/** Starts the gentle fade out; the first reason given wins. */
export function requestLeave(reason: EndReason): void {
  const s = sessionStore.getState();
  if (s.stage !== 'running') return;
  sessionStore.setState({ stage: 'leaving', endReason: reason });
}

export function finishSession(): void {
  if (sessionStore.getState().stage === 'leaving') {
    sessionStore.setState({ stage: 'finished', captionKey: null });
  }
}

export function reportSyncError(message: string | null): void {
  sessionStore.setState({ syncError: message });
}

export function backToSetup(): void {
  sessionStore.setState({ stage: 'setup', sessionId: null, captionKey: null, endReason: null });
}

/** The pattern a session actually uses. */
export function effectivePattern(config: SessionConfig, sceneDefault: PatternId): PatternId {
  return config.pattern === 'scene_default' ? sceneDefault : config.pattern;
}
