/**
 * Breathing patterns as data. Timings follow ../shared/CONTENT.md; every pattern is a cycle of
 * phases whose durations are whole milliseconds, so phase boundaries are exact integers.
 */

export type BreathPhaseKind = 'in' | 'top_up' | 'hold_in' | 'out' | 'hold_out';

export interface BreathPhase {
  readonly kind: BreathPhaseKind;
  readonly ms: number;
}

export type PatternId = 'coherent' | 'extended_exhale' | 'box' | 'four_seven_eight' | 'cyclic_sigh';

export interface BreathPattern {
  readonly id: PatternId;
  readonly phases: readonly BreathPhase[];
  /** True when the pattern asks the resident to hold: never a default for frail residents. */
  readonly hasHold: boolean;
}

function pattern(id: PatternId, phases: BreathPhase[]): BreathPattern {
  return { id, phases, hasHold: phases.some((p) => p.kind === 'hold_in' || p.kind === 'hold_out') };
}

export const PATTERNS: Readonly<Record<PatternId, BreathPattern>> = {
  // ~5.5 breaths a minute: 5.45 s in, 5.45 s out (10.9 s a cycle).
  coherent: pattern('coherent', [
    { kind: 'in', ms: 5450 },
    { kind: 'out', ms: 5450 },
  ]),
  extended_exhale: pattern('extended_exhale', [
    { kind: 'in', ms: 4000 },
    { kind: 'out', ms: 6000 },
  ]),
  box: pattern('box', [
    { kind: 'in', ms: 4000 },
    { kind: 'hold_in', ms: 4000 },
    { kind: 'out', ms: 4000 },
    { kind: 'hold_out', ms: 4000 },
  ]),
  four_seven_eight: pattern('four_seven_eight', [
    { kind: 'in', ms: 4000 },
    { kind: 'hold_in', ms: 7000 },
    { kind: 'out', ms: 8000 },
  ]),
  // Balban 2023: a long inhale, a short top-up, then a long exhale.
  cyclic_sigh: pattern('cyclic_sigh', [
    { kind: 'in', ms: 2500 },
    { kind: 'top_up', ms: 1000 },
    { kind: 'out', ms: 6500 },
  ]),
};

export const PATTERN_IDS = Object.keys(PATTERNS) as PatternId[];

export function cycleMs(p: BreathPattern): number {
  let total = 0;
  // Indexed, not for…of: this runs every frame, and an iterator object per call is garbage.
  for (let i = 0; i < p.phases.length; i++) total += p.phases[i]!.ms;
  return total;
}

export function breathsPerMinute(p: BreathPattern): number {
  return 60000 / cycleMs(p);
}
