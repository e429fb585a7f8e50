import {
  NARRATION_CACHE,
  NARRATION_INDEX_CACHE,
  NARRATION_INDEX_URL,
} from '../../core/offline/cacheNames.ts';
import { loadNarration } from '../session/narrationLoader.ts';

// Recorded narration is the deployment's (HAFAN_NARRATION_DIR), not the build's, so the worker
// cannot precache it: the app stores the index and every recorded line itself while the headset is
// idle and the network is here, in the caches the worker answers from (scripts/vite-offline.ts).

export interface NarrationCacheResult {
  /** Recorded lines the deployment offers. */
  files: number;
  /** Of those, how many are now kept on this device. */
  stored: number;
}

/**
 * Stores the recorded lines not yet kept, one at a time so a session's start never competes with
 * a burst of downloads; stops early (returns null) as soon as `stillIdle` says a session began.
 * Lines already stored are not fetched again (the worker refreshes them when they are played).
 */
export async function keepNarrationOffline(
  stillIdle: () => boolean,
): Promise<NarrationCacheResult | null> {
  // The index as well: on a first visit the app fetched it before the worker was in charge.
  await (
    await caches.open(NARRATION_INDEX_CACHE)
  )
    .add(new Request(NARRATION_INDEX_URL, { headers: { accept: 'application/json' } }))
    .catch(() => undefined); // offline: the stored one (if any) stays
  const lookup = await (await loadNarration()).recordedFiles();
  const urls = [...new Set(lookup.values())];
  const cache = await caches.open(NARRATION_CACHE);
  let stored = 0;
  for (const url of urls) {
    if (!stillIdle()) return null;
    if (await cache.match(url)) {
      stored++;
      continue;
    }
    try {
      await cache.add(url);
      stored++;
    } catch {
      // Offline or a missing file: the line falls back to speech or captions; tried next time.
    }
  }
  return { files: urls.length, stored };
}
