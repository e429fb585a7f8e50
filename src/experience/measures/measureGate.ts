import {
  createGate,
  holdNarrative,
  narrativeAt,
  releaseNarrative,
  resetGate,
} from '../../core/measures/gate.ts';
import type { PlannedMeasure } from '../../core/schemas/sessionPlan.ts';

/**
 * The small part of the measures that the session runner needs on every frame, kept out of the
 * measures chunk so the first load stays small: the narrative gate, and a hand-off to the flow
 * (measureStore.ts, with the instruments) once it has loaded. Until it has, the narration simply
 * waits at its start; if it cannot load (offline before it was fetched), the session runs without
 * measures.
 */

export interface MeasureFlow {
  prepare(sessionId: string, plan: readonly PlannedMeasure[] | null): void;
  step(elapsedMs: number, atEnd: boolean): boolean;
  /** Whether this session's stage has been asked to the end (answered, declined or timed out). */
  done(stage: 'before' | 'after'): boolean;
}

/** Read every frame by the runner; mutated in place, never replaced. */
export const gate = createGate();

let flow: MeasureFlow | null = null;
let loading: Promise<MeasureFlow> | null = null;
/** The plan for the next session; null means the default (mood before and after, comfort after). */
let plan: readonly PlannedMeasure[] | null = null;
let preparedFor: string | null = null;
let session: string | null = null;
let unavailable = false;

export function loadMeasureFlow(): Promise<MeasureFlow> {
  loading ??= import('./measureStore.ts').then((m) => (flow = m.measureFlow));
  return loading;
}

/** What the next session asks (the console's prepared plan); null restores the default. */
export function setMeasurePlan(next: readonly PlannedMeasure[] | null): void {
  plan = next;
}

export function currentMeasurePlan(): readonly PlannedMeasure[] | null {
  return plan;
}

/**
 * At Begin. Holds the narration at its start when anything may be asked before it. A session
 * that is not recorded (an unpaired device's "try a scene") asks nothing.
 */
export function prepareMeasures(sessionId: string, recorded = true): void {
  session = sessionId;
  preparedFor = null;
  unavailable = false;
  resetGate(gate);
  const chosen = recorded ? plan : [];
  if (chosen === null || chosen.some((p) => p.timing !== 'post')) holdNarrative(gate, 0);
  const ready = (f: MeasureFlow) => {
    if (session !== sessionId) return;
    // The plan chosen at Begin (by staff); else one set since (test builds set it on load).
    f.prepare(sessionId, recorded ? (chosen ?? plan) : []);
    preparedFor = sessionId;
  };
  if (flow) ready(flow);
  else
    loadMeasureFlow().then(ready, (err: unknown) => {
      console.warn('measures could not be loaded; this session runs without them', err);
      unavailable = true;
    });
}

/** The time the session's timeline is read at (narration waits while measures are asked). */
export function narrativeTime(elapsedMs: number): number {
  return narrativeAt(gate, elapsedMs);
}

/**
 * Called by the session runner every frame. `atEnd`: the outro is over. Returns true while the
 * narration must wait (no captions, no tones, no natural end yet).
 */
export function stepMeasures(elapsedMs: number, atEnd: boolean): boolean {
  if (flow && preparedFor !== null && preparedFor === session) return flow.step(elapsedMs, atEnd);
  if (unavailable) {
    releaseNarrative(gate, elapsedMs);
    return false;
  }
  return gate.holdSinceMs !== null;
}

/**
 * Whether the current session's stage is over: asked to the end, or never to be asked because
 * the measures could not be loaded. For pages that drive the stages themselves (a social room).
 */
export function measuresDone(stage: 'before' | 'after'): boolean {
  if (unavailable) return true;
  return flow !== null && preparedFor !== null && preparedFor === session && flow.done(stage);
}
