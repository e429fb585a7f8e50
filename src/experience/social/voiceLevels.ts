import { peakLevel } from '../../core/social/peakLevel.ts';

/**
 * How loudly each remote person is heard, measured on the audio we actually receive from them
 * (an AnalyserNode on their WebRTC stream, see voice.ts), never on anything their page claims.
 * Read every frame by the avatars' speaking lights; reading allocates nothing.
 */

/** Samples in the measured window: about 85 ms at 48 kHz, long enough to catch a syllable. */
export const VOICE_WINDOW = 4096;
/** A person's voice level now, 0..1. */
export type VoiceLevelSource = () => number;
const sources = new Map<string, VoiceLevelSource>();
const scratch = new Float32Array(VOICE_WINDOW);

/** The level of what an analyser hears now: the loudest sample of its last window. */
export function analyserLevel(analyser: AnalyserNode): VoiceLevelSource {
  return () => {
    analyser.getFloatTimeDomainData(scratch);
    return peakLevel(scratch);
  };
}

export function setRemoteVoice(memberId: string, source: VoiceLevelSource | null): void {
  if (source) sources.set(memberId, source);
  else sources.delete(memberId);
}

/** 0..1: how loudly `memberId` is heard now (0: no voice from them). */
export function receivedLevel(memberId: string): number {
  return sources.get(memberId)?.() ?? 0;
}
