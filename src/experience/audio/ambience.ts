/**
 * Procedural ambience beds (Web Audio, no files): filtered noise shaped by slow LFOs, with cheap
 * stereo panning; birds and insects are short synthesised calls scheduled sparsely. Works on any
 * BaseAudioContext, so the bench renders it in an OfflineAudioContext to measure its cost.
 */

import type { AmbienceBed } from '../../core/schemas/sceneManifest.ts';

export type AmbienceKind = AmbienceBed;

export interface Ambience {
  setVolume(volume: number): void;
  stop(): void;
}

/** Deterministic pseudo-random numbers (mulberry32), so a rendered bed is repeatable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function noiseBuffer(ctx: BaseAudioContext, rand: () => number): AudioBuffer {
  const seconds = 3;
  const buffer = ctx.createBuffer(2, ctx.sampleRate * seconds, ctx.sampleRate);
  for (let ch = 0; ch < 2; ch++) {
    const data = buffer.getChannelData(ch);
    // Pinkish noise (Paul Kellet's economy filter): softer than white, closer to natural sound.
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    for (let i = 0; i < data.length; i++) {
      const white = rand() * 2 - 1;
      b0 = 0.99765 * b0 + white * 0.099046;
      b1 = 0.963 * b1 + white * 0.2965164;
      b2 = 0.57 * b2 + white * 1.0526913;
      data[i] = (b0 + b1 + b2 + white * 0.1848) * 0.18;
    }
  }
  return buffer;
}

interface Graph {
  ctx: BaseAudioContext;
  out: GainNode;
  noise: AudioBuffer;
  rand: () => number;
  sources: AudioScheduledSourceNode[];
}

/** A noise band whose loudness swells with a slow LFO: waves, wind, a fountain. */
function band(
  g: Graph,
  opts: {
    type: BiquadFilterType;
    freq: number;
    q: number;
    level: number;
    lfoHz: number;
    depth: number;
    pan: number;
  },
): void {
  const { ctx } = g;
  const src = ctx.createBufferSource();
  src.buffer = g.noise;
  src.loop = true;
  src.loopStart = g.rand() * 2;
  const filter = ctx.createBiquadFilter();
  filter.type = opts.type;
  filter.frequency.value = opts.freq;
  filter.Q.value = opts.q;
  const gain = ctx.createGain();
  gain.gain.value = opts.level;
  const lfo = ctx.createOscillator();
  lfo.frequency.value = opts.lfoHz;
  const lfoGain = ctx.createGain();
  lfoGain.gain.value = opts.level * opts.depth;
  lfo.connect(lfoGain).connect(gain.gain);
  const pan = ctx.createStereoPanner();
  pan.pan.value = opts.pan;
  src.connect(filter).connect(gain).connect(pan).connect(g.out);
  src.start(0, src.loopStart);
  lfo.start();
  g.sources.push(src, lfo);
}

/** A short call (bird chirp or cricket trill) at `when`, panned in the stereo field. */
function call(g: Graph, when: number, kind: 'bird' | 'cricket'): void {
  const { ctx, rand } = g;
  const osc = ctx.createOscillator();
  const env = ctx.createGain();
  const pan = ctx.createStereoPanner();
  pan.pan.value = rand() * 1.6 - 0.8;
  env.gain.value = 0;
  osc.connect(env).connect(pan).connect(g.out);
  if (kind === 'bird') {
    const base = 2200 + rand() * 1800;
    const notes = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < notes; i++) {
      const t = when + i * 0.13;
      osc.frequency.setValueAtTime(base, t);
      osc.frequency.exponentialRampToValueAtTime(base * (1.2 + rand() * 0.4), t + 0.08);
      env.gain.setValueAtTime(0, t);
      env.gain.linearRampToValueAtTime(0.035, t + 0.02);
      env.gain.linearRampToValueAtTime(0, t + 0.1);
    }
    osc.start(when);
    osc.stop(when + notes * 0.13 + 0.1);
  } else {
    osc.frequency.value = 4200 + rand() * 600;
    for (let i = 0; i < 6; i++) {
      const t = when + i * 0.05;
      env.gain.setValueAtTime(0, t);
      env.gain.linearRampToValueAtTime(0.012, t + 0.01);
      env.gain.linearRampToValueAtTime(0, t + 0.035);
    }
    osc.start(when);
    osc.stop(when + 0.35);
  }
  osc.onended = () => pan.disconnect();
}

const BEDS: Record<AmbienceKind, (g: Graph) => void> = {
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
  woodland: (g) => {
    band(g, {
      type: 'bandpass',
      freq: 900,
      q: 0.6,
      level: 0.18,
      lfoHz: 0.05,
      depth: 0.7,
      pan: -0.4,
    });
    band(g, {
      type: 'bandpass',
      freq: 1400,
      q: 0.7,
      level: 0.12,
      lfoHz: 0.033,
      depth: 0.7,
      pan: 0.4,
    });
  },
  night: (g) => {
    band(g, { type: 'lowpass', freq: 300, q: 0.4, level: 0.12, lfoHz: 0.04, depth: 0.6, pan: 0 });
  },
  garden: (g) => {
    band(g, {
      type: 'highpass',
      freq: 1800,
      q: 0.5,
      level: 0.08,
      lfoHz: 0.6,
      depth: 0.25,
      pan: 0.25,
    });
    band(g, {
      type: 'bandpass',
      freq: 800,
      q: 0.6,
      level: 0.06,
      lfoHz: 0.05,
      depth: 0.7,
      pan: -0.3,
    });
  },
};

const CALLS: Partial<Record<AmbienceKind, { kind: 'bird' | 'cricket'; meanGapS: number }>> = {
  woodland: { kind: 'bird', meanGapS: 2.5 },
  garden: { kind: 'bird', meanGapS: 4 },
  night: { kind: 'cricket', meanGapS: 0.8 },
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
  const rand = random(opts.seed ?? 1);
  const out = ctx.createGain();
  out.gain.value = opts.volume ?? 0.6;
  out.connect(destination);
  const g: Graph = { ctx, out, noise: noiseBuffer(ctx, rand), rand, sources: [] };
  BEDS[kind](g);

  const calls = CALLS[kind];
  let timer: ReturnType<typeof setInterval> | null = null;
  if (calls) {
    let next = ctx.currentTime + 1;
    const book = (until: number) => {
      while (next < until) {
        call(g, next, calls.kind);
        next += calls.meanGapS * (0.4 + rand() * 1.2);
      }
    };
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
