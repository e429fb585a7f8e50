import type { Lang } from '../../core/i18n/catalogue.ts';
import { lineText } from '../../core/narration/library.ts';
import { sessionTimeline } from '../../core/narration/sessionTimeline.ts';
import {
  RecordedIndexSchema,
  recordedLookup,
  type RecordedLookup,
} from '../../core/narration/source.ts';
import type { Timeline } from '../../core/session/timeline.ts';
import { sessionStore } from '../session/sessionStore.ts';
import { createNarrationPlayer } from './narrationPlayer.ts';

/**
 * The session's narration, loaded with the session code (not in the first load): the scripts,
 * the timeline built from them, the index of recorded files the server offers, and the player
 * that follows the caption on screen.
 */

export { lineText, sessionTimeline };

let index: Promise<RecordedLookup> | null = null;

/** The recorded files this deployment provides; none when the server cannot be reached. */
export function recordedFiles(): Promise<RecordedLookup> {
  index ??= fetch('/api/narration', { headers: { accept: 'application/json' } })
    .then(async (r) => {
      if (!r.ok) throw new Error(`GET /api/narration: ${r.status}`);
      return recordedLookup(RecordedIndexSchema.parse(await r.json()));
    })
    .catch((err: unknown) => {
      console.warn('no recorded narration index; using speech or captions', err);
      index = null; // ask again next session
      return new Map<string, string>();
    });
  return index;
}

export interface SessionNarration {
  stop(): void;
}

/**
 * Says each caption as it appears, in the language chosen at that moment; silent while paused
 * and once the session is leaving. Follows the narration volume.
 */
export async function startSessionNarration(
  ctx: AudioContext,
  timeline: Timeline,
): Promise<SessionNarration> {
  const recorded = await recordedFiles();
  const player = createNarrationPlayer(ctx, recorded, sessionStore.getState().volume.narration);
  const refs = [...new Set(timeline.captions.map((c) => c.ref))];
  const prefetched = new Set<Lang>();
  const prefetch = (lang: Lang) => {
    if (prefetched.has(lang)) return;
    prefetched.add(lang);
    player.prefetch(refs, lang);
  };
  prefetch(sessionStore.getState().config.language);

  const sayNow = (ref: string) => {
    const lang = sessionStore.getState().config.language;
    player.say(ref, lang, lineText(lang, ref));
  };
  const unsubscribe = sessionStore.subscribe((s, prev) => {
    if (s.volume.narration !== prev.volume.narration) player.setVolume(s.volume.narration);
    if (s.config.language !== prev.config.language) prefetch(s.config.language);
    if ((s.paused && !prev.paused) || (s.stage !== 'running' && prev.stage === 'running')) {
      player.stop();
      return;
    }
    // A new line; or, on carrying on after a pause, the line on screen again from its start
    // (in the language chosen now, if it was switched in the menu).
    const resumed = prev.paused && !s.paused;
    if ((s.captionRef !== prev.captionRef || resumed) && s.captionRef) {
      if (s.stage === 'running' && !s.paused) sayNow(s.captionRef);
    }
  });
  // A line already on screen when the narration arrives is said from its start.
  const now = sessionStore.getState();
  if (now.captionRef && now.stage === 'running' && !now.paused) sayNow(now.captionRef);
  return {
    stop() {
      unsubscribe();
      player.close();
    },
  };
}
