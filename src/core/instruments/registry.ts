import { MOOD, ONS4, ONS_LONELINESS, SICKNESS_CHECK, SUDS, UCLA3 } from './definitions.ts';
import type { InstrumentDefinition, Timing } from './schema.ts';
import { SSQ } from './ssq.ts';

export const BUILT_IN_INSTRUMENTS: readonly InstrumentDefinition[] = [
  MOOD,
  SUDS,
  SICKNESS_CHECK,
  ONS4,
  UCLA3,
  ONS_LONELINESS,
  SSQ,
];

export function findInstrument(
  id: string,
  version?: string,
  extra: readonly InstrumentDefinition[] = [],
): InstrumentDefinition | undefined {
  return [...BUILT_IN_INSTRUMENTS, ...extra].find(
    (d) => d.id === id && (version === undefined || d.version === version),
  );
}

/** What a session asks by default: mood before and after, the comfort check after. */
export const DEFAULT_SESSION_MEASURES: readonly { instrument: string; timing: Timing }[] = [
  { instrument: MOOD.id, timing: 'pre' },
  { instrument: MOOD.id, timing: 'post' },
  { instrument: SICKNESS_CHECK.id, timing: 'post' },
];
