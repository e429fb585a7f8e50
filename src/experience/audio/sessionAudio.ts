import type { Timeline } from '../../core/session/timeline.ts';
import { loadNarration } from '../session/narrationLoader.ts';
import { sessionStore } from '../session/sessionStore.ts';
import { startAmbience, type AmbienceKind } from './ambience.ts';
import { createBreathTones, type BreathTones } from './breathTones.ts';
import type { SessionNarration } from './narration.ts';

/** Full volume of each bed and of the tones; the resident's volume setting scales these. */
const AMBIENCE_FULL = 0.6;
const TONES_FULL = 0.5;

export interface SessionAudio {
  tones: BreathTones;
  /** Starts the narration once the scripts are loaded (captions show regardless). */
  narrate(timeline: Timeline): void;
  stop(): void;
}

/**
 * A session's sound: ambience, breathing tones and narration in one AudioContext, each following
 * its own volume. Must be started from the Begin press (browsers need a gesture for audio).
 */
export function startSessionAudio(ambience: AmbienceKind): SessionAudio {
  const ctx = new AudioContext();
  void ctx.resume();
  const { volume } = sessionStore.getState();
  const tones = createBreathTones(ctx, TONES_FULL * volume.tones);
  const bed = startAmbience(ctx, ambience, ctx.destination, {
    volume: AMBIENCE_FULL * volume.ambience,
  });
  const unsubscribe = sessionStore.subscribe((s, prev) => {
    if (s.volume === prev.volume) return;
    tones.setVolume(TONES_FULL * s.volume.tones);
    bed.setVolume(AMBIENCE_FULL * s.volume.ambience);
  });
  let narration: SessionNarration | null = null;
  let narrating = false;
  let stopped = false;
  return {
    tones,
    narrate(timeline) {
      if (narrating) return;
      narrating = true;
      void loadNarration()
        .then((m) => m.startSessionNarration(ctx, timeline))
        .then((n) => {
          if (stopped) n.stop();
          else narration = n;
        })
        .catch((err: unknown) => console.warn('narration unavailable; captions only', err));
    },
    stop() {
      stopped = true;
      unsubscribe();
      narration?.stop();
      bed.stop();
      void tones.close();
    },
  };
}
