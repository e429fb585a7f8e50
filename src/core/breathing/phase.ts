import { cycleMs, type BreathPattern, type BreathPhaseKind } from './patterns.ts';

/** Where in the breath a session is; computed from elapsed time alone, so it never drifts. */
export interface BreathState {
  /** Whole cycles completed before this one. */
  cycle: number;
  /** Index of the current phase within the pattern. */
  index: number;
  kind: BreathPhaseKind;
  /** 0..1 through the current phase. */
  progress: number;
  /** Elapsed ms at which the current phase started and ends. */
  phaseStartMs: number;
  phaseEndMs: number;
  /** 0 (empty) .. 1 (full): how full the lungs are, eased, for guides that swell on the in-breath. */
  fill: number;
}

export function createBreathState(): BreathState {
  return { cycle: 0, index: 0, kind: 'in', progress: 0, phaseStartMs: 0, phaseEndMs: 0, fill: 0 };
}

/** Gentle ease in and out, so the guide never jerks at a phase change. */
function ease(x: number): number {
  return 0.5 - 0.5 * Math.cos(Math.PI * x);
}

/** Level of fill at the start of the top-up phase of a cyclic sigh. */
const SIGH_MAIN_FILL = 0.8;

function fillFor(kind: BreathPhaseKind, progress: number): number {
  switch (kind) {
    case 'in':
      return ease(progress);
    case 'top_up':
      return SIGH_MAIN_FILL + (1 - SIGH_MAIN_FILL) * ease(progress);
    case 'hold_in':
      return 1;
    case 'out':
      return 1 - ease(progress);
    case 'hold_out':
      return 0;
  }
}

/**
 * The breath state at `elapsedMs` since the guide started. Pure: the same inputs always give the
 * same answer. Writes into `out` when given (no allocation per frame), else returns a new object.
 */
export function phaseAt(
  pattern: BreathPattern,
  elapsedMs: number,
  out: BreathState = createBreathState(),
): BreathState {
  const total = cycleMs(pattern);
  const t = Math.max(0, elapsedMs);
  const cycle = Math.floor(t / total);
  const within = t - cycle * total;
  let start = 0;
  let index = 0;
  let phase = pattern.phases[0];
  for (let i = 0; i < pattern.phases.length; i++) {
    const p = pattern.phases[i]!;
    if (within < start + p.ms || i === pattern.phases.length - 1) {
      index = i;
      phase = p;
      break;
    }
    start += p.ms;
  }
  if (!phase) throw new Error(`breathing pattern ${pattern.id} has no phases`);
  const progress = Math.min(1, (within - start) / phase.ms);
  out.cycle = cycle;
  out.index = index;
  out.kind = phase.kind;
  out.progress = progress;
  out.phaseStartMs = cycle * total + start;
  out.phaseEndMs = out.phaseStartMs + phase.ms;
  // An in-breath followed by a top-up (the cyclic sigh) fills only part way.
  const next = pattern.phases[index + 1];
  out.fill =
    phase.kind === 'in' && next?.kind === 'top_up'
      ? SIGH_MAIN_FILL * ease(progress)
      : fillFor(phase.kind, progress);
  return out;
}
