import type { Answer } from '../instruments/scoring.ts';
import type { InstrumentDefinition, InstrumentItem, Timing } from '../instruments/schema.ts';
import type { PlannedMeasure } from '../schemas/sessionPlan.ts';

/**
 * Asking measures in a session, as pure data and functions: which instruments a stage asks, one
 * item at a time, and what each answer (a value, "prefer not to say", or no answer before the
 * timeout) does. The headset and the staff form drive the same run.
 */

/** Before the session (pre, and periodic ones when due) or after it (post). */
export type MeasureStage = 'before' | 'after';

/** How long an item waits for an answer before recording "no answer" and moving on. */
export const ITEM_TIMEOUT_MS = 30_000;

export interface StageEntry {
  def: InstrumentDefinition;
  timing: Timing;
}

export function stageOf(timing: Timing): MeasureStage {
  return timing === 'post' ? 'after' : 'before';
}

/**
 * The instruments a stage asks, in plan order, each once per timing. Entries naming an unknown
 * instrument or a timing it is not asked at are left out (and returned, so they can be reported).
 */
export function entriesForStage(
  plan: readonly PlannedMeasure[],
  stage: MeasureStage,
  find: (id: string) => InstrumentDefinition | undefined,
): { entries: StageEntry[]; skipped: PlannedMeasure[] } {
  const entries: StageEntry[] = [];
  const skipped: PlannedMeasure[] = [];
  const seen = new Set<string>();
  for (const p of plan) {
    if (stageOf(p.timing) !== stage) continue;
    const key = `${p.instrumentId}:${p.timing}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const def = find(p.instrumentId);
    if (!def || !def.timings.includes(p.timing)) skipped.push(p);
    else entries.push({ def, timing: p.timing });
  }
  return { entries, skipped };
}

export interface MeasureRun {
  entries: readonly StageEntry[];
  /** Answers so far, per entry. */
  answers: readonly (readonly Answer[])[];
  entryIndex: number;
  itemIndex: number;
  /** Session time the current item was first shown. */
  itemShownAtMs: number;
}

export function startRun(entries: readonly StageEntry[], nowMs: number): MeasureRun {
  return {
    entries,
    answers: entries.map(() => []),
    entryIndex: 0,
    itemIndex: 0,
    itemShownAtMs: nowMs,
  };
}

export interface Question {
  def: InstrumentDefinition;
  timing: Timing;
  item: InstrumentItem;
  /** 1-based position of this item within its instrument, and the instrument's item count. */
  itemNumber: number;
  itemCount: number;
}

export function currentQuestion(run: MeasureRun): Question | null {
  const entry = run.entries[run.entryIndex];
  const item = entry?.def.items[run.itemIndex];
  if (!entry || !item) return null;
  return {
    def: entry.def,
    timing: entry.timing,
    item,
    itemNumber: run.itemIndex + 1,
    itemCount: entry.def.items.length,
  };
}

export function isRunDone(run: MeasureRun): boolean {
  return run.entryIndex >= run.entries.length;
}

export type Response = { value: number } | { declined: true } | { timedOut: true };

export interface AnswerResult {
  run: MeasureRun;
  /** Set when this answer finished an instrument: its answers, ready to send. */
  finished: { entry: StageEntry; answers: Answer[] } | null;
}

/** Records a response to the current item and moves to the next; a no-op once the run is done. */
export function answerCurrent(run: MeasureRun, response: Response, nowMs: number): AnswerResult {
  const q = currentQuestion(run);
  if (!q) return { run, finished: null };
  const linkId = q.item.linkId;
  const answer: Answer =
    'value' in response
      ? { linkId, value: response.value }
      : 'declined' in response
        ? { linkId, declined: true }
        : { linkId, timedOut: true };
  const mine = [...run.answers[run.entryIndex]!, answer];
  const answers = run.answers.map((a, i) => (i === run.entryIndex ? mine : a));
  const last = run.itemIndex + 1 >= q.itemCount;
  const next: MeasureRun = {
    ...run,
    answers,
    entryIndex: last ? run.entryIndex + 1 : run.entryIndex,
    itemIndex: last ? 0 : run.itemIndex + 1,
    itemShownAtMs: nowMs,
  };
  return {
    run: next,
    finished: last ? { entry: run.entries[run.entryIndex]!, answers: mine } : null,
  };
}

/** Whether the current item has waited its full time without an answer. */
export function hasTimedOut(run: MeasureRun, nowMs: number, timeoutMs = ITEM_TIMEOUT_MS): boolean {
  return !isRunDone(run) && nowMs - run.itemShownAtMs >= timeoutMs;
}

/** 0..1 of the current item's waiting time used (for a gentle progress cue). */
export function timeoutProgress(
  run: MeasureRun,
  nowMs: number,
  timeoutMs = ITEM_TIMEOUT_MS,
): number {
  return Math.min(1, Math.max(0, (nowMs - run.itemShownAtMs) / timeoutMs));
}
