/**
 * Procedural ambience beds (Web Audio, no files), one per scene: filtered noise shaped by slow
 * LFOs with cheap stereo panning, and short synthesised calls scheduled sparsely. Works on any
 * BaseAudioContext, so the bench renders it in an OfflineAudioContext to measure its cost.
 */
import type { AmbienceBed } from '../../core/schemas/sceneManifest.ts';
import { seededRandom } from '../scenes/common/seededRandom.ts';
import { band, call, noiseBuffer, type Graph, type Voice } from './ambienceVoices.ts';

export type AmbienceKind = AmbienceBed;

export interface Ambience {
  setVolume(volume: number): void;
  stop(): void;
}

const BEDS: Record<AmbienceKind, (g: Graph) => void> = {
  // Waves breaking and running back, with the hiss of the wash further along the beach.
  sea: (g) => {
    band(g, { type: 'lowpass', freq: 500, q: 0.5, level: 0.5, lfoHz: 0.09, depth: 0.8, pan: -0.2 });
    band(g, {
      type: 'bandpass',
      freq: 2400,
      q: 0.4,
      level: 0.12,
      lfoHz: 0.07,
      depth: 0.9,
      pan: 0.3,
    });
  },
  // Wind in the leaves: a soft low roar of the wood, and leaves rustling in gusts on either side.
  woodland: (g) => {
    band(g, { type: 'lowpass', freq: 380, q: 0.4, level: 0.14, lfoHz: 0.031, depth: 0.5, pan: 0 });
    band(g, {
      type: 'bandpass',
      freq: 2600,
      q: 0.5,
      level: 0.09,
      lfoHz: 0.05,
      depth: 0.7,
      lfo2Hz: 0.13,
      depth2: 0.25,
      pan: -0.5,
    });
    band(g, {
      type: 'bandpass',
      freq: 3400,
      q: 0.6,
      level: 0.07,
      lfoHz: 0.037,
      depth: 0.75,
      lfo2Hz: 0.11,
      depth2: 0.25,
      pan: 0.55,
    });
  },
  // A still night by the lake: the faintest breeze and water lapping at the bank.
  night: (g) => {
    band(g, { type: 'lowpass', freq: 320, q: 0.4, level: 0.1, lfoHz: 0.03, depth: 0.6, pan: 0 });
    band(g, {
      type: 'bandpass',
      freq: 700,
      q: 0.9,
      level: 0.045,
      lfoHz: 0.23,
      depth: 0.8,
      lfo2Hz: 0.071,
      depth2: 0.2,
      pan: 0.15,
    });
  },
  // The fountain ahead (falling water: a bright splash and a lower burble) and a breath of wind.
  garden: (g) => {
    band(g, {
      type: 'bandpass',
      freq: 3200,
      q: 0.45,
      level: 0.085,
      lfoHz: 2.3,
      depth: 0.12,
      lfo2Hz: 3.7,
      depth2: 0.1,
      pan: 0.05,
    });
    band(g, {
      type: 'bandpass',
      freq: 900,
      q: 0.7,
      level: 0.06,
      lfoHz: 1.7,
      depth: 0.2,
      lfo2Hz: 0.19,
      depth2: 0.2,
      pan: -0.05,
    });
    band(g, {
      type: 'lowpass',
      freq: 420,
      q: 0.4,
      level: 0.06,
      lfoHz: 0.04,
      depth: 0.6,
      pan: -0.3,
    });
  },
};

/** The calls in each bed, and the mean gap (seconds) between calls of each voice. */
const CALLS: Record<AmbienceKind, readonly { voice: Voice; meanGapS: number }[]> = {
  sea: [],
  woodland: [
    { voice: 'chirp', meanGapS: 3.5 },
    { voice: 'warble', meanGapS: 6 },
    { voice: 'coo', meanGapS: 28 },
  ],
  night: [
    { voice: 'cricket', meanGapS: 0.7 },
    { voice: 'cricket', meanGapS: 1.3 },
    { voice: 'owl', meanGapS: 45 },
  ],
  garden: [
    { voice: 'warble', meanGapS: 7 },
    { voice: 'chirp', meanGapS: 5 },
    { voice: 'coo', meanGapS: 20 },
  ],
};

/**
 * Starts the ambience for a scene into `destination`. With `durationS` (offline rendering) every
 * call is scheduled up front; otherwise a light scheduler books the next few seconds at a time.
 */
export function startAmbience(
  ctx: BaseAudioContext,
  kind: AmbienceKind,
  destination: AudioNode = ctx.destination,
  opts: { volume?: number; seed?: number; durationS?: number } = {},
): Ambience {
  const rand = seededRandom(opts.seed ?? 1);
  const out = ctx.createGain();
  out.gain.value = opts.volume ?? 0.6;
  out.connect(destination);
  const g: Graph = { ctx, out, noise: noiseBuffer(ctx, rand), rand, sources: [] };
  BEDS[kind](g);

  // Each voice keeps its own next time; the first calls come after a few quiet seconds.
  const voices = CALLS[kind].map((c) => ({
    ...c,
    next: ctx.currentTime + 1 + rand() * c.meanGapS,
  }));
  const book = (until: number) => {
    for (const v of voices) {
      while (v.next < until) {
        call(g, v.next, v.voice);
        v.next += v.meanGapS * (0.4 + rand() * 1.2);
      }
    }
  };
  let timer: ReturnType<typeof setInterval> | null = null;
  if (voices.length > 0) {
    if (opts.durationS !== undefined) book(opts.durationS);
    else {
      book(ctx.currentTime + 4);
      timer = setInterval(() => book(ctx.currentTime + 4), 1000);
    }
  }
  return {
    setVolume(v) {
      out.gain.setTargetAtTime(Math.min(1, Math.max(0, v)), ctx.currentTime, 0.2);
    },
    stop() {
      if (timer) clearInterval(timer);
      out.gain.setTargetAtTime(0, ctx.currentTime, 0.5);
      const end = ctx.currentTime + 3;
      for (const s of g.sources) s.stop(end);
      setTimeout(() => out.disconnect(), 3500);
    },
  };
}
