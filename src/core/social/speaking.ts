/**
 * The speaking indicator's decision: from a voice level measured on the received audio (0..1,
 * the loudest sample in a short window) to "speaking or not" and a soft glow for the light.
 *
 * Two thresholds (hysteresis) and a hold keep it from flickering between syllables or on a
 * breath: it turns on above `onLevel`, stays on while the level keeps above `offLevel`, and goes
 * off only after `holdMs` below that. The glow eases towards its target (quick to rise, slower to
 * fade), by elapsed time, so it looks the same at 72 frames a second in a headset and at a few
 * on a slow page. Pure and allocation-free: the avatars call it every frame.
 */

export interface SpeakingOptions {
  onLevel: number;
  offLevel: number;
  holdMs: number;
  /** Time constants of the glow (ms): rising while speaking, fading after. */
  riseMs: number;
  fadeMs: number;
}

export const SPEAKING: Readonly<SpeakingOptions> = {
  onLevel: 0.1,
  offLevel: 0.04,
  holdMs: 600,
  riseMs: 60,
  fadeMs: 250,
};

export interface SpeakingState {
  /** The last level given (0..1). */
  level: number;
  speaking: boolean;
  /** 0..1: how brightly the light shows now. */
  glow: number;
  /** When the level was last above the threshold that keeps (or turns) it on. */
  lastLoudMs: number;
  /** When the state was last stepped (NaN: never). */
  lastMs: number;
}

export function createSpeakingState(): SpeakingState {
  return { level: 0, speaking: false, glow: 0, lastLoudMs: -Infinity, lastMs: NaN };
}

/** Back to silent at once (someone new in the seat, or no voice at all). */
export function resetSpeaking(state: SpeakingState): void {
  state.level = 0;
  state.speaking = false;
  state.glow = 0;
  state.lastLoudMs = -Infinity;
  state.lastMs = NaN;
}

/** Steps the indicator to `nowMs` with the level measured now. Returns `state`. */
export function stepSpeaking(
  state: SpeakingState,
  level: number,
  nowMs: number,
  opts: Readonly<SpeakingOptions> = SPEAKING,
): SpeakingState {
  const l = Number.isFinite(level) ? Math.min(1, Math.max(0, level)) : 0;
  state.level = l;
  if (l >= opts.onLevel || (state.speaking && l >= opts.offLevel)) {
    state.speaking = true;
    state.lastLoudMs = nowMs;
  } else if (state.speaking && nowMs - state.lastLoudMs > opts.holdMs) {
    state.speaking = false;
  }
  // louder speech, a brighter light; never dimmer than a clear glow while speaking
  const target = state.speaking ? Math.min(1, 0.55 + l) : 0;
  const dt = Number.isNaN(state.lastMs) ? 0 : Math.max(0, nowMs - state.lastMs);
  state.lastMs = nowMs;
  const tau = target > state.glow ? opts.riseMs : opts.fadeMs;
  state.glow += (target - state.glow) * (1 - Math.exp(-dt / tau));
  if (state.glow < 0.01) state.glow = 0;
  return state;
}
