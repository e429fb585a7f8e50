import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PatternId } from '../../core/breathing/patterns.ts';
import {
  nextDim,
  parseDeviceSettings,
  stepVolume,
  type DeviceSettings,
  type DimLevel,
  type VolumeChannel,
} from '../../core/comfort/deviceSettings.ts';
import type { Posture } from '../../core/comfort/recentre.ts';
import type { Lang } from '../../core/i18n/catalogue.ts';
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
  /** Seated residents get a floor offset so their eyes sit at the scene's viewpoint. */
  posture: Posture;
}

export interface SessionState {
  stage: Stage;
  config: SessionConfig;
  mode: ViewMode;
  sessionId: string | null;
  /** The narration line on screen (`<script>/<lineId>`), or null between lines. */
  captionRef: string | null;
  endReason: EndReason | null;
  /** Running time of the session; changes only at start, pause and resume. */
  clock: SessionClock | null;
  paused: boolean;
  /** The resident asked for staff this session (the console will surface it). */
  staffCalled: boolean;
  captionSize: CaptionSize;
  /** Narration, ambience and tone volumes, 0..1 (kept on the device). */
  volume: DeviceSettings['volume'];
  /** How much the scene is darkened (captions and menus are not). */
  dim: DimLevel;
  /** Counts recentre requests; the XR origin recentres when it changes. */
  recentreRequests: number;
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
  posture: 'seated',
};

const SETTINGS_KEY = 'hafan.device-settings';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some private modes throw on access
  }
}

const stored = parseDeviceSettings(storage()?.getItem(SETTINGS_KEY) ?? null);

export const sessionStore = createStore<SessionState>(() => ({
  stage: 'setup',
  config: DEFAULT_CONFIG,
  mode: '2d',
  sessionId: null,
  captionRef: null,
  endReason: null,
  clock: null,
  paused: false,
  staffCalled: false,
  captionSize: stored.captionSize,
  volume: stored.volume,
  dim: 0,
  recentreRequests: 0,
  syncError: null,
  extendedMs: 0,
}));

/** Volume and caption size belong to the device: saved whenever they change. */
sessionStore.subscribe((s, prev) => {
  if (s.volume === prev.volume && s.captionSize === prev.captionSize) return;
  const settings: DeviceSettings = { volume: s.volume, captionSize: s.captionSize };
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or refused: the setting still applies for this session.
  }
});

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
    captionRef: null,
    endReason: null,
    syncError: null,
    extendedMs: 0,
    dim: 0,
  });
}

export function showCaption(ref: string | null): void {
  if (sessionStore.getState().captionRef !== ref) sessionStore.setState({ captionRef: ref });
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
    sessionStore.setState({ stage: 'finished', captionRef: null, clock: null, paused: false });
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

/** The resident may switch the captions' (and narration's) language at any time. */
export function switchLanguage(language: Lang): void {
  const { config } = sessionStore.getState();
  if (config.language !== language) sessionStore.setState({ config: { ...config, language } });
}

export function setCaptionSize(captionSize: CaptionSize): void {
  sessionStore.setState({ captionSize });
}

export function setVolume(channel: VolumeChannel, level: number): void {
  const { volume } = sessionStore.getState();
  const clamped = Math.min(1, Math.max(0, level));
  if (volume[channel] !== clamped)
    sessionStore.setState({ volume: { ...volume, [channel]: clamped } });
}

export function stepChannelVolume(channel: VolumeChannel, direction: 1 | -1): void {
  setVolume(channel, stepVolume(sessionStore.getState().volume[channel], direction));
}

export function cycleDim(): void {
  sessionStore.setState({ dim: nextDim(sessionStore.getState().dim) });
}

/** Asks the headset view to come back to the seated reference (yaw and position). */
export function requestRecentre(): void {
  sessionStore.setState({ recentreRequests: sessionStore.getState().recentreRequests + 1 });
}

export function reportSyncError(message: string | null): void {
  sessionStore.setState({ syncError: message });
}

export function backToSetup(): void {
  sessionStore.setState({
    stage: 'setup',
    sessionId: null,
    captionRef: null,
    endReason: null,
    clock: null,
    paused: false,
    dim: 0,
  });
}

/** The pattern a session actually uses. */
export function effectivePattern(config: SessionConfig, sceneDefault: PatternId): PatternId {
  return config.pattern === 'scene_default' ? sceneDefault : config.pattern;
}
