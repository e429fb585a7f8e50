/**
 * The level of a window of audio samples (-1..1, as AnalyserNode.getFloatTimeDomainData gives):
 * its peak, so a short loud syllable counts. 0 for an empty window.
 */
export function peakLevel(samples: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < samples.length; i++) {
    const v = Math.abs(samples[i]!);
    if (v > peak) peak = v;
  }
  return Math.min(1, peak);
}
