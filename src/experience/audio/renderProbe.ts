import { startAmbience, type AmbienceKind } from './ambience.ts';

export interface AmbienceRender {
  kind: AmbienceKind;
  seconds: number;
  renderMs: number;
  /** CPU ms spent per second of audio rendered. */
  msPerSecond: number;
  rms: number;
  peak: number;
  finite: boolean;
}

/**
 * Renders an ambience bed offline and reports its loudness and cost. Test and dev builds expose it
 * as window.__hafanRenderAmbience for the browser tests and the bench.
 */
export async function renderAmbience(kind: AmbienceKind, seconds = 10): Promise<AmbienceRender> {
  const rate = 48_000;
  const ctx = new OfflineAudioContext(2, rate * seconds, rate);
  startAmbience(ctx, kind, ctx.destination, { seed: 7, durationS: seconds });
  const start = performance.now();
  const buffer = await ctx.startRendering();
  const renderMs = performance.now() - start;
  let sum = 0;
  let peak = 0;
  let finite = true;
  for (let ch = 0; ch < buffer.numberOfChannels; ch++) {
    const data = buffer.getChannelData(ch);
    for (let i = 0; i < data.length; i++) {
      const x = data[i]!;
      if (!Number.isFinite(x)) finite = false;
      sum += x * x;
      peak = Math.max(peak, Math.abs(x));
    }
  }
  const rms = Math.sqrt(sum / (buffer.length * buffer.numberOfChannels));
  return { kind, seconds, renderMs, msPerSecond: renderMs / seconds, rms, peak, finite };
}

declare global {
  interface Window {
    /** Test and dev builds only (with ?emulate): renders an ambience bed offline. */
    __hafanRenderAmbience?: typeof renderAmbience;
  }
}
