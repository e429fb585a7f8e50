import { useEffect, useState } from 'react';
import type * as NarrationModule from '../audio/narration.ts';

/**
 * The narration code and scripts are a lazy chunk, fetched with the session code a few seconds
 * after the start screen appears. Until it arrives a session still runs (captions start then).
 */
type Narration = typeof NarrationModule;

let loaded: Narration | null = null;
let loading: Promise<Narration> | null = null;
const listeners = new Set<(n: Narration) => void>();

export function loadNarration(): Promise<Narration> {
  loading ??= import('../audio/narration.ts').then((m) => {
    loaded = m;
    for (const l of listeners) l(m);
    return m;
  });
  return loading;
}

export function useNarration(): Narration | null {
  const [n, setN] = useState(loaded);
  useEffect(() => {
    if (loaded) {
      setN(loaded);
      return;
    }
    listeners.add(setN);
    return () => void listeners.delete(setN);
  }, []);
  return n;
}

/** The caption's text in a language; '' until the scripts have loaded. */
export function captionText(lang: Parameters<Narration['lineText']>[0], ref: string): string {
  return loaded?.lineText(lang, ref) ?? '';
}

/** The session's narration timeline, or null until the scripts have loaded. */
export function timelineFor(
  plan: Parameters<Narration['sessionTimeline']>[0],
): ReturnType<Narration['sessionTimeline']> | null {
  return loaded?.sessionTimeline(plan) ?? null;
}
