import type { BreathPhaseKind } from '../../core/breathing/patterns.ts';

/**
 * Soft synthesised tones at each breathing phase change (Web Audio, no files): a sine with a
 * quiet octave above, slow attack and long release so it never startles. Rising pitch for the
 * in-breath, falling for the out-breath, a single low note for holds.
 */

const TONES: Record<BreathPhaseKind, { from: number; to: number }> = {
  in: { from: 220, to: 262 },
  top_up: { from: 262, to: 294 },
  hold_in: { from: 262, to: 262 },
  out: { from: 262, to: 196 },
  hold_out: { from: 196, to: 196 },
};

export interface BreathTones {
  play(kind: BreathPhaseKind, durationMs: number): void;
  setVolume(volume: number): void;
  close(): Promise<void>;
}

export function createBreathTones(ctx: AudioContext, volume = 0.5): BreathTones {
  const master = ctx.createGain();
  master.gain.value = volume;
  // A low-pass keeps the tone round and warm.
  const filter = ctx.createBiquadFilter();
  filter.type = 'lowpass';
  filter.frequency.value = 900;
  filter.connect(master).connect(ctx.destination);

  return {
    play(kind, durationMs) {
      const tone = TONES[kind];
      const now = ctx.currentTime;
      const length = Math.min(4, Math.max(1.2, durationMs / 1000));
      const env = ctx.createGain();
      env.gain.setValueAtTime(0, now);
      env.gain.linearRampToValueAtTime(0.12, now + 0.4);
      env.gain.exponentialRampToValueAtTime(0.0001, now + length);
      env.connect(filter);
      for (const [mult, level] of [
        [1, 1],
        [2, 0.18],
      ] as const) {
        const osc = ctx.createOscillator();
        const g = ctx.createGain();
        g.gain.value = level;
        osc.type = 'sine';
        osc.frequency.setValueAtTime(tone.from * mult, now);
        osc.frequency.linearRampToValueAtTime(tone.to * mult, now + length * 0.8);
        osc.connect(g).connect(env);
        osc.start(now);
        osc.stop(now + length + 0.05);
        osc.onended = () => g.disconnect();
      }
      setTimeout(() => env.disconnect(), (length + 0.2) * 1000);
    },
    setVolume(v) {
      master.gain.setTargetAtTime(Math.min(1, Math.max(0, v)), ctx.currentTime, 0.1);
    },
    close: () => ctx.close(),
  };
}
