import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { uuidV4 } from '../../core/ids.ts';
import { findInstrument } from '../../core/instruments/registry.ts';
import { scoreMeasure } from '../../core/instruments/scoring.ts';
import { holdNarrative, releaseNarrative } from '../../core/measures/gate.ts';
import {
  ITEM_TIMEOUT_MS,
  answerCurrent,
  entriesForStage,
  hasTimedOut,
  isRunDone,
  startRun,
  type MeasureRun,
  type MeasureStage,
  type Response,
  type StageEntry,
} from '../../core/measures/run.ts';
import { elapsedAt } from '../../core/session/clock.ts';
import { FADE_IN_MS } from '../../core/session/fade.ts';
import type { Measure } from '../../core/schemas/measures.ts';
import {
  DEFAULT_MEASURE_PLAN,
  PlannedMeasureSchema,
  type PlannedMeasure,
} from '../../core/schemas/sessionPlan.ts';
import { getLogger, logEvent } from '../session/logging.ts';
import { gate, setMeasurePlan, type MeasureFlow } from './measureGate.ts';
import { reportSyncError, sessionStore } from '../session/sessionStore.ts';

/**
 * The measures a session asks (from its SessionPlan): those before the session run after the
 * fade in and before the intro, those after it once the outro has finished. The narration waits
 * meanwhile (see core/measures/gate.ts); an item nobody answers is recorded as "no answer" after
 * its timeout, so a session never blocks on a question.
 */

export interface MeasureState {
  /** What sessions ask; the console's prepared plan replaces the default. */
  plan: readonly PlannedMeasure[];
  sessionId: string | null;
  before: readonly StageEntry[];
  after: readonly StageEntry[];
  /** The stage being asked now, with its run; null between stages. */
  stage: MeasureStage | null;
  run: MeasureRun | null;
  stagesDone: readonly MeasureStage[];
  /** Items of this stage that ran out of time. */
  timedOut: number;
}

export const measureStore = createStore<MeasureState>(() => ({
  plan: DEFAULT_MEASURE_PLAN,
  sessionId: null,
  before: [],
  after: [],
  stage: null,
  run: null,
  stagesDone: [],
  timedOut: 0,
}));

export function useMeasures<T>(selector: (s: MeasureState) => T): T {
  return useStore(measureStore, selector);
}

/** How long an item waits, in session time; test builds may set `?itemTimeoutMs=`. */
let itemTimeoutMs = ITEM_TIMEOUT_MS;

/** Test builds only: `?measures=suds.pre,mood_faces.post` (or `none`) replaces the plan. */
if (
  typeof __HAFAN_EMULATOR__ !== 'undefined' &&
  __HAFAN_EMULATOR__ &&
  typeof window !== 'undefined'
) {
  const params = new URLSearchParams(window.location.search);
  itemTimeoutMs = Number(params.get('itemTimeoutMs')) || ITEM_TIMEOUT_MS;
  const param = params.get('measures');
  if (param !== null) {
    const plan =
      param === 'none'
        ? []
        : param.split(',').map((part) => {
            const [instrumentId, timing] = part.split('.');
            return PlannedMeasureSchema.parse({ instrumentId, timing });
          });
    setMeasurePlan(plan);
  }
}

/** At Begin (through measureGate.ts): what this session asks. The gate is already reset. */
function prepare(sessionId: string, chosen: readonly PlannedMeasure[] | null): void {
  const plan = chosen ?? DEFAULT_MEASURE_PLAN;
  const find = (id: string) => findInstrument(id);
  const before = entriesForStage(plan, 'before', find);
  const after = entriesForStage(plan, 'after', find);
  for (const p of [...before.skipped, ...after.skipped]) {
    console.warn(`measure ${p.instrumentId} (${p.timing}) is not known here; not asked`);
  }
  measureStore.setState({
    plan,
    sessionId,
    before: before.entries,
    after: after.entries,
    stage: null,
    run: null,
    stagesDone: [],
    timedOut: 0,
  });
}

function begin(stage: MeasureStage, elapsedMs: number): void {
  const s = measureStore.getState();
  const entries = stage === 'before' ? s.before : s.after;
  holdNarrative(gate, elapsedMs);
  measureStore.setState({ stage, run: startRun(entries, elapsedMs), timedOut: 0 });
  if (s.sessionId) {
    logEvent(s.sessionId, elapsedMs, 'measures_started', { stage, instruments: entries.length });
  }
}

function end(elapsedMs: number): void {
  const s = measureStore.getState();
  if (!s.stage) return;
  releaseNarrative(gate, elapsedMs);
  if (s.sessionId) {
    logEvent(s.sessionId, elapsedMs, 'measures_ended', { stage: s.stage, timedOut: s.timedOut });
  }
  measureStore.setState({ stage: null, run: null, stagesDone: [...s.stagesDone, s.stage] });
}

/**
 * Called by the session runner every frame while a session runs. `atEnd`: the outro is over.
 * Returns true while the narration must wait (no captions, no tones, no natural end yet).
 * Allocates nothing unless a stage starts, an item times out, or a stage ends.
 */
function step(elapsedMs: number, atEnd: boolean): boolean {
  const s = measureStore.getState();
  const { stage } = sessionStore.getState();
  if (stage !== 'running') {
    // Leaving mid-question: the unfinished instrument is dropped, the narration is released.
    if (s.stage) end(elapsedMs);
    return false;
  }
  if (s.run) {
    if (hasTimedOut(s.run, elapsedMs, itemTimeoutMs)) {
      measureStore.setState({ timedOut: s.timedOut + 1 });
      record({ timedOut: true }, elapsedMs);
    }
    return true;
  }
  if (!s.stagesDone.includes('before')) {
    if (s.before.length === 0) {
      // Nothing to ask before after all (e.g. an unknown instrument): the narration may start.
      releaseNarrative(gate, elapsedMs);
      measureStore.setState({ stagesDone: ['before'] });
      return false;
    }
    // The scene fades in first; the questions come once it is clear.
    if (elapsedMs >= FADE_IN_MS) begin('before', elapsedMs);
    return true;
  }
  if (atEnd && !s.stagesDone.includes('after') && s.after.length > 0) {
    begin('after', elapsedMs);
    return true;
  }
  return false;
}

/** The resident (or whoever holds the headset) answers the current item. */
export function respond(response: Response): void {
  const { clock } = sessionStore.getState();
  if (!clock) return;
  record(response, elapsedAt(clock, performance.now()));
}

function record(response: Response, elapsedMs: number): void {
  const s = measureStore.getState();
  if (!s.run || !s.sessionId) return;
  const { run, finished } = answerCurrent(s.run, response, elapsedMs);
  measureStore.setState({ run });
  if (finished) send(s.sessionId, finished.entry, finished.answers, elapsedMs);
  if (isRunDone(run)) end(elapsedMs);
}

function send(
  sessionId: string,
  entry: StageEntry,
  answers: Measure['answers'],
  elapsedMs: number,
): void {
  const measure: Measure = {
    id: uuidV4(),
    sessionId,
    instrumentId: entry.def.id,
    instrumentVersion: entry.def.version,
    timing: entry.timing,
    respondent: 'self',
    answers,
    answeredAt: new Date().toISOString(),
  };
  // The measure first, then the event naming it: the outbox keeps write order.
  getLogger()
    .then((l) => l.measure(measure))
    .catch((err: unknown) => reportSyncError(String(err)));
  logEvent(sessionId, elapsedMs, 'measure_answered', {
    measureId: measure.id,
    instrumentId: measure.instrumentId,
    timing: measure.timing,
    complete: scoreMeasure(entry.def, answers).complete,
  });
}

export const measureFlow: MeasureFlow = {
  prepare,
  step,
  done: (stage) => measureStore.getState().stagesDone.includes(stage),
};
