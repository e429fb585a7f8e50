import type { Answer } from '../instruments/scoring.ts';

/**
 * Periodic instruments (ONS4, UCLA-3, the ONS direct loneliness question) are asked at baseline
 * and again at follow-up, weeks apart. What is due for a resident is a pure function of the
 * measures already on record and the follow-up interval.
 */

export const PERIODIC_INSTRUMENTS = ['ons4', 'ucla3', 'ons_loneliness'] as const;
export const DEFAULT_FOLLOW_UP_DAYS = 28;
const DAY_MS = 86_400_000;

export interface PeriodicRecord {
  instrumentId: string;
  timing: string;
  answeredAt: string;
  answers: readonly Answer[];
}

export interface DueMeasure {
  instrumentId: string;
  timing: 'baseline' | 'follow_up';
  /** When the last periodic measure of this instrument was answered (null: never). */
  lastAt: string | null;
}

export interface PeriodicStatus {
  instrumentId: string;
  due: DueMeasure | null;
  lastAt: string | null;
  /** When the next follow-up falls due (null when due now). */
  nextDueAt: string | null;
}

/** A measure counts as asked unless every item ran out of time unanswered. */
function wasAsked(r: PeriodicRecord): boolean {
  return r.answers.some((a) => !('timedOut' in a));
}

export function periodicStatus(
  records: readonly PeriodicRecord[],
  nowIso: string,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
  instruments: readonly string[] = PERIODIC_INSTRUMENTS,
): PeriodicStatus[] {
  if (!(followUpDays > 0)) throw new RangeError('followUpDays must be positive');
  const now = Date.parse(nowIso);
  return instruments.map((instrumentId) => {
    const asked = records.filter(
      (r) =>
        r.instrumentId === instrumentId &&
        (r.timing === 'baseline' || r.timing === 'follow_up') &&
        wasAsked(r) &&
        Date.parse(r.answeredAt) <= now,
    );
    if (asked.length === 0) {
      return {
        instrumentId,
        due: { instrumentId, timing: 'baseline', lastAt: null },
        lastAt: null,
        nextDueAt: null,
      };
    }
    const lastMs = Math.max(...asked.map((r) => Date.parse(r.answeredAt)));
    const lastAt = new Date(lastMs).toISOString();
    const nextMs = lastMs + followUpDays * DAY_MS;
    if (now >= nextMs) {
      return {
        instrumentId,
        due: { instrumentId, timing: 'follow_up', lastAt },
        lastAt,
        nextDueAt: null,
      };
    }
    return { instrumentId, due: null, lastAt, nextDueAt: new Date(nextMs).toISOString() };
  });
}

/** Only what is due now, ready to add to a session plan. */
export function periodicDue(
  records: readonly PeriodicRecord[],
  nowIso: string,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
): DueMeasure[] {
  return periodicStatus(records, nowIso, followUpDays).flatMap((s) => (s.due ? [s.due] : []));
}
