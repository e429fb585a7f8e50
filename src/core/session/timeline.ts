import { cycleMs, type BreathPattern, type BreathPhaseKind } from '../breathing/patterns.ts';
import { CUE_TAIL_MS, cueWindowMs, type CueWindow } from './cues.ts';
import { FADE_OUT_MS } from './fade.ts';

/**
 * A session timeline is pure data (steps and timed captions) plus pure functions of elapsed time.
 * Nothing here keeps state: the session runner asks "where are we at t?" every frame. Captions
 * name script lines (`beach/intro.1`), so one timeline serves every language: each line is timed
 * for the longer of its translations.
 */

export const SESSION_LENGTHS_MIN = [3, 5, 10, 15] as const;
export type SessionLengthMin = (typeof SESSION_LENGTHS_MIN)[number];

export type StepId = 'intro' | 'practice' | 'outro';
export type CaptionSection = 'intro' | 'settling' | 'guide' | 'cue' | 'practice' | 'closing';

export interface Caption {
  /** The script line shown and spoken: `<script>/<lineId>`. */
  ref: string;
  section: CaptionSection;
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
  /**
   * Sorted by start, never overlapping, all ending before the closing fade. The 'cue' captions
   * are the breathing cues as they fall when the guide starts with the narration; a session
   * shows the cues the guide gives (`cues`, see cues.ts), which are these in that case.
   */
  captions: readonly Caption[];
  /** When the breathing guide is cued; null for "just listen". */
  cues: CueWindow | null;
}

/** A line to place, with how long it stays on screen. */
export interface TimedLine {
  ref: string;
  ms: number;
}

export interface TimelinePlan {
  lengthMin: SessionLengthMin;
  intro: readonly TimedLine[];
  settling: readonly TimedLine[];
  /** Guided-practice prompts in order; a session uses the first `promptCount(lengthMin)`. */
  practice: readonly TimedLine[];
  closing: readonly TimedLine[];
  /** The breathing guide: its pattern, the line introducing it and a cue per phase kind. */
  guide:
    | {
        pattern: BreathPattern;
        intro: TimedLine;
        cues: Readonly<Partial<Record<BreathPhaseKind, string>>>;
      }
    /** "Just listen": no guide and no cues, one line saying so. */
    | { justListen: TimedLine };
}

const FIRST_LINE_MS = 2000;
const GAP_MS = 1500;
const SECTION_GAP_MS = 3000;
/** The last caption ends this long before the closing fade starts: a quiet moment to finish. */
const END_MARGIN_MS = 4000;

/** How many guided-practice prompts a session of this length has. */
export function promptCount(lengthMin: SessionLengthMin): number {
  return { 3: 2, 5: 3, 10: 6, 15: 9 }[lengthMin];
}

/** Breath cycles spoken aloud phase by phase at the start of practice (fewer for long cycles). */
export function cueCycles(pattern: BreathPattern): number {
  return cycleMs(pattern) >= 15_000 ? 2 : 3;
}

/**
 * How long a line stays on screen: long enough to read slowly or hear at an unhurried speaking
 * rate, for the longest of its translations.
 */
export function displayMs(texts: readonly string[]): number {
  const chars = Math.max(0, ...texts.map((t) => t.length));
  return Math.min(12_000, Math.max(3500, 2000 + 75 * chars));
}

function layEndToEnd(
  lines: readonly TimedLine[],
  section: CaptionSection,
  from: number,
  out: Caption[],
): number {
  let at = from;
  for (const line of lines) {
    out.push({ ref: line.ref, section, startMs: at, endMs: at + line.ms });
    at += line.ms + GAP_MS;
  }
  return at - GAP_MS;
}

export function buildTimeline(plan: TimelinePlan): Timeline {
  const totalMs = plan.lengthMin * 60_000;
  const captions: Caption[] = [];
  let cueWindow: CueWindow | null = null;

  // Intro, then settling into the seat and the body.
  let at = layEndToEnd(plan.intro, 'intro', FIRST_LINE_MS, captions);
  at = layEndToEnd(plan.settling, 'settling', at + SECTION_GAP_MS, captions);
  const practiceStart = at + SECTION_GAP_MS;

  // The guide: what to do, then the first few breaths cued phase by phase, in step with phaseAt.
  if ('justListen' in plan.guide) {
    at = layEndToEnd([plan.guide.justListen], 'guide', practiceStart, captions) + GAP_MS;
  } else {
    const { pattern, intro, cues } = plan.guide;
    at = layEndToEnd([intro], 'guide', practiceStart, captions) + GAP_MS;
    const cycles = cueCycles(pattern);
    cueWindow = {
      startMs: at,
      endMs: at + cueWindowMs(pattern, cycles),
      cycles,
      pattern,
      refs: cues,
    };
    const cycle = cycleMs(pattern);
    const first = Math.ceil(at / cycle) * cycle;
    for (let c = 0; c < cycles; c++) {
      let phaseStart = first + c * cycle;
      for (const phase of pattern.phases) {
        const ref = cues[phase.kind];
        if (!ref) throw new Error(`no cue for the ${phase.kind} phase of ${pattern.id}`);
        captions.push({
          ref,
          section: 'cue',
          startMs: phaseStart,
          endMs: phaseStart + phase.ms - CUE_TAIL_MS,
        });
        phaseStart += phase.ms;
      }
    }
    at = cueWindow.endMs + GAP_MS;
  }

  // Closing lines end just before the fade out; the outro step starts a moment before them.
  const closingMs =
    plan.closing.reduce((sum, l) => sum + l.ms, 0) + GAP_MS * (plan.closing.length - 1);
  const closingStart = totalMs - FADE_OUT_MS - END_MARGIN_MS - closingMs;
  const outroStart = closingStart - SECTION_GAP_MS / 2;

  // Practice prompts, each centred in an equal share of the quiet time left.
  const prompts = plan.practice.slice(0, promptCount(plan.lengthMin));
  const windowEnd = outroStart - GAP_MS;
  const slot = (windowEnd - at) / prompts.length;
  prompts.forEach((line, i) => {
    if (line.ms > slot) {
      throw new Error(`prompt ${line.ref} (${line.ms} ms) does not fit a ${slot} ms slot`);
    }
    const start = Math.round(at + slot * i + (slot - line.ms) / 2);
    captions.push({ ref: line.ref, section: 'practice', startMs: start, endMs: start + line.ms });
  });

  layEndToEnd(plan.closing, 'closing', closingStart, captions);
  if (outroStart <= practiceStart) {
    throw new Error(`a ${plan.lengthMin} minute session is too short for its script`);
  }
  const steps: TimelineStep[] = [
    { id: 'intro', startMs: 0, endMs: practiceStart },
    { id: 'practice', startMs: practiceStart, endMs: outroStart },
    { id: 'outro', startMs: outroStart, endMs: totalMs },
  ];
  return { totalMs, steps, captions, cues: cueWindow };
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

/** The narration's own caption at `elapsedMs` (not a breathing cue: those follow the guide). */
export function lineAt(timeline: Timeline, elapsedMs: number): Caption | null {
  const c = captionAt(timeline, elapsedMs);
  return c && c.section !== 'cue' ? c : null;
}

export function isFinished(timeline: Timeline, elapsedMs: number): boolean {
  return elapsedMs >= timeline.totalMs;
}
