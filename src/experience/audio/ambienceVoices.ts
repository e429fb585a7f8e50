/**
 * The building blocks of the ambience beds: looping noise bands shaped by slow LFOs (waves, wind,
 * leaves, a fountain) and short synthesised calls scheduled sparsely (birds, crickets, an owl).
 * Every call is a couple of oscillators and gains that stop themselves, panned in the stereo
 * field: cheap enough for a Quest alongside a scene.
 */

/** Three seconds of stereo pinkish noise (Paul Kellet's economy filter): softer than white. */
export function noiseBuffer(ctx: BaseAudioContext, rand: () => number): AudioBuffer {
  const buffer = ctx.createBuffer(2, ctx.sampleRate * 3, ctx.sampleRate);
  for (let ch = 0; ch < 2; ch++) {
    const data = buffer.getChannelData(ch);
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

export interface Graph {
  ctx: BaseAudioContext;
  out: GainNode;
  noise: AudioBuffer;
  rand: () => number;
  sources: AudioScheduledSourceNode[];
}

export interface BandOptions {
  type: BiquadFilterType;
  freq: number;
  q: number;
  level: number;
  /** A slow swell (waves, gusts): rate and depth as a share of the level. */
  lfoHz: number;
  depth: number;
  /** An optional second, unrelated swell, so the sound never repeats exactly. */
  lfo2Hz?: number;
  depth2?: number;
  pan: number;
}

/** A noise band whose loudness swells with one or two slow LFOs: waves, wind, a fountain. */
export function band(g: Graph, o: BandOptions): void {
  const { ctx } = g;
  const src = ctx.createBufferSource();
  src.buffer = g.noise;
  src.loop = true;
  const offset = g.rand() * 2;
  const filter = ctx.createBiquadFilter();
  filter.type = o.type;
  filter.frequency.value = o.freq;
  filter.Q.value = o.q;
  const gain = ctx.createGain();
  gain.gain.value = o.level;
  const pan = ctx.createStereoPanner();
  pan.pan.value = o.pan;
  src.connect(filter).connect(gain).connect(pan).connect(g.out);
  src.start(0, offset);
  g.sources.push(src);
  for (const [hz, depth] of [
    [o.lfoHz, o.depth],
    [o.lfo2Hz ?? 0, o.depth2 ?? 0],
  ] as const) {
    if (hz <= 0 || depth <= 0) continue;
    const lfo = ctx.createOscillator();
    lfo.frequency.value = hz;
    const lfoGain = ctx.createGain();
    lfoGain.gain.value = o.level * depth;
    lfo.connect(lfoGain).connect(gain.gain);
    lfo.start(0);
    g.sources.push(lfo);
  }
}

export type Voice = 'chirp' | 'warble' | 'coo' | 'cricket' | 'owl';

/** One oscillator through an envelope and a panner, disconnected once it has stopped. */
function voice(g: Graph, type: OscillatorType, pan: number, level = 1) {
  const { ctx } = g;
  const osc = ctx.createOscillator();
  osc.type = type;
  const env = ctx.createGain();
  env.gain.value = 0;
  const panner = ctx.createStereoPanner();
  panner.pan.value = pan;
  const trim = ctx.createGain();
  trim.gain.value = level;
  osc.connect(env).connect(trim).connect(panner).connect(g.out);
  osc.onended = () => panner.disconnect();
  return { osc, env: env.gain, freq: osc.frequency };
}

/** A soft note: attack, hold and release on `env` from `t` for `dur` seconds. */
function note(env: AudioParam, t: number, dur: number, peak: number, attack = 0.02): void {
  env.setValueAtTime(0, t);
  env.linearRampToValueAtTime(peak, t + attack);
  env.setValueAtTime(peak, t + Math.max(attack, dur - attack * 2));
  env.linearRampToValueAtTime(0, t + dur);
}

/** Schedules one call of `kind` at `when` (seconds on the context's clock). */
export function call(g: Graph, when: number, kind: Voice): void {
  const { rand } = g;
  const side = rand() * 1.6 - 0.8;
  switch (kind) {
    case 'chirp': {
      // A small bird's quick rising chirps.
      const v = voice(g, 'sine', side);
      const base = 2600 + rand() * 1600;
      const notes = 2 + Math.floor(rand() * 4);
      for (let i = 0; i < notes; i++) {
        const t = when + i * 0.13;
        v.freq.setValueAtTime(base, t);
        v.freq.exponentialRampToValueAtTime(base * (1.2 + rand() * 0.4), t + 0.08);
        note(v.env, t, 0.1, 0.03, 0.015);
      }
      v.osc.start(when);
      v.osc.stop(when + notes * 0.13 + 0.1);
      return;
    }
    case 'warble': {
      // A blackbird's or robin's phrase: fluty notes that slide, with a little vibrato.
      const v = voice(g, 'sine', side * 0.9);
      const vibrato = g.ctx.createOscillator();
      vibrato.frequency.value = 24 + rand() * 14;
      const vibratoDepth = g.ctx.createGain();
      vibratoDepth.gain.value = 40 + rand() * 60;
      vibrato.connect(vibratoDepth).connect(v.freq);
      let t = when;
      const notes = 4 + Math.floor(rand() * 5);
      const home = 1700 + rand() * 900;
      for (let i = 0; i < notes; i++) {
        const dur = 0.07 + rand() * 0.16;
        const from = home * (0.8 + rand() * 0.7);
        v.freq.setValueAtTime(from, t);
        v.freq.exponentialRampToValueAtTime(from * (0.85 + rand() * 0.35), t + dur);
        note(v.env, t, dur, 0.022 + rand() * 0.01, 0.02);
        t += dur + 0.03 + rand() * 0.08;
      }
      v.osc.start(when);
      vibrato.start(when);
      v.osc.stop(t + 0.05);
      vibrato.stop(t + 0.05);
      return;
    }
    case 'coo': {
      // A wood pigeon, some way off: "coo-COO-coo, coo-coo", low and soft.
      const v = voice(g, 'sine', side > 0 ? 0.7 : -0.7);
      const pitch = 420 + rand() * 50;
      const phrase: [number, number, number][] = [
        [0, 0.32, 0.7],
        [0.42, 0.55, 1],
        [1.07, 0.3, 0.75],
        [1.65, 0.3, 0.7],
        [2.05, 0.34, 0.65],
      ];
      for (const [at, dur, loud] of phrase) {
        const t = when + at;
        v.freq.setValueAtTime(pitch * 1.04, t);
        v.freq.exponentialRampToValueAtTime(pitch * 0.92, t + dur);
        note(v.env, t, dur, 0.045 * loud, 0.06);
      }
      v.osc.start(when);
      v.osc.stop(when + 2.5);
      return;
    }
    case 'cricket': {
      // A cricket's trill: a few fast pulses of one high pitch.
      const v = voice(g, 'sine', side);
      v.freq.value = 4300 + rand() * 500;
      const pulses = 3 + Math.floor(rand() * 4);
      for (let i = 0; i < pulses; i++) note(v.env, when + i * 0.045, 0.03, 0.011, 0.008);
      v.osc.start(when);
      v.osc.stop(when + pulses * 0.045 + 0.05);
      return;
    }
    case 'owl': {
      // A tawny owl far across the water: one long hoot, a pause, then a wavering one.
      const v = voice(g, 'sine', side > 0 ? 0.6 : -0.6);
      const pitch = 370 + rand() * 40;
      v.freq.setValueAtTime(pitch, when);
      v.freq.linearRampToValueAtTime(pitch * 0.94, when + 0.7);
      note(v.env, when, 0.7, 0.03, 0.12);
      const t = when + 1.9;
      v.freq.setValueAtTime(pitch * 0.9, t);
      for (let i = 0; i < 4; i++) {
        v.freq.linearRampToValueAtTime(pitch * (i % 2 ? 0.9 : 1.0), t + 0.15 * (i + 1));
      }
      note(v.env, t, 0.9, 0.026, 0.1);
      v.osc.start(when);
      v.osc.stop(t + 1);
      return;
    }
  }
}
