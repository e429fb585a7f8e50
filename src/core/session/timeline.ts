import type { MessageKey } from '../i18n/catalogue.ts';

/**
 * A session timeline is pure data (steps and timed captions) plus pure functions of elapsed time.
 * Nothing here keeps state: the session runner asks "where are we at t?" every frame.
 */

export const SESSION_LENGTHS_MIN = [3, 5, 10, 15] as const;
export type SessionLengthMin = (typeof SESSION_LENGTHS_MIN)[number];

export type StepId = 'intro' | 'practice' | 'outro';

export interface Caption {
  key: MessageKey;
  startMs: number;
  endMs: number;
}

export interface TimelineStep {
  id: StepId;
  startMs: number;
  endMs: number;
}

export interface Timeline {
  totalMs: number;
  steps: readonly TimelineStep[];
  /** Sorted by start, never overlapping. */
  captions: readonly Caption[];
}

export interface NarrationScript {
  intro: readonly MessageKey[];
  practice: readonly MessageKey[];
  outro: readonly MessageKey[];
}

const CAPTION_MS = 7000;
const CAPTION_GAP_MS = 1500;
const INTRO_MS = 30_000;
const OUTRO_MS = 30_000;

/** Captions laid end to end from `startMs`, each shown for CAPTION_MS with a pause between. */
function layOut(keys: readonly MessageKey[], startMs: number, endMs: number): Caption[] {
  const out: Caption[] = [];
  let at = startMs + CAPTION_GAP_MS;
  for (const key of keys) {
    const end = Math.min(at + CAPTION_MS, endMs);
    if (end <= at) break;
    out.push({ key, startMs: at, endMs: end });
    at = end + CAPTION_GAP_MS;
  }
  return out;
}

/** Practice prompts spread evenly through the practice step, so the middle stays quiet. */
function spread(keys: readonly MessageKey[], startMs: number, endMs: number): Caption[] {
  const out: Caption[] = [];
  const slot = (endMs - startMs) / (keys.length + 1);
  keys.forEach((key, i) => {
    const at = Math.round(startMs + slot * (i + 0.5));
    out.push({ key, startMs: at, endMs: Math.min(at + CAPTION_MS, endMs) });
  });
  return out;
}

export function buildTimeline(lengthMin: SessionLengthMin, script: NarrationScript): Timeline {
  const totalMs = lengthMin * 60_000;
  const introEnd = INTRO_MS;
  const outroStart = totalMs - OUTRO_MS;
  const steps: TimelineStep[] = [
    { id: 'intro', startMs: 0, endMs: introEnd },
    { id: 'practice', startMs: introEnd, endMs: outroStart },
    { id: 'outro', startMs: outroStart, endMs: totalMs },
  ];
  const captions = [
    ...layOut(script.intro, 0, introEnd),
    ...spread(script.practice, introEnd, outroStart),
    ...layOut(script.outro, outroStart, totalMs),
  ];
  return { totalMs, steps, captions };
}

/** The step at `elapsedMs`, or null once the session is over. */
export function stepAt(timeline: Timeline, elapsedMs: number): TimelineStep | null {
  if (elapsedMs < 0) return timeline.steps[0] ?? null;
  for (const step of timeline.steps) {
    if (elapsedMs < step.endMs) return step;
  }
  return null;
}

/** The caption showing at `elapsedMs`, or null between captions. */
export function captionAt(timeline: Timeline, elapsedMs: number): Caption | null {
  for (const c of timeline.captions) {
    if (elapsedMs < c.startMs) return null;
    if (elapsedMs < c.endMs) return c;
  }
  return null;
}

export function isFinished(timeline: Timeline, elapsedMs: number): boolean {
  return elapsedMs >= timeline.totalMs;
}
