import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  periodicDue,
  periodicStatus,
  type PeriodicRecord,
} from '../../../src/core/measures/due.ts';

const NOW = '2026-12-01T12:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();
const rec = (over: Partial<PeriodicRecord>): PeriodicRecord => ({
  instrumentId: 'ucla3',
  timing: 'baseline',
  answeredAt: daysAgo(1),
  answers: [{ linkId: 'companionship', value: 2 }],
  ...over,
});

describe('what periodic measures are due for a resident', () => {
  it('is a baseline of every periodic instrument when none is on record', () => {
    expect(periodicDue([], NOW)).toEqual([
      { instrumentId: 'ons4', timing: 'baseline', lastAt: null },
      { instrumentId: 'ucla3', timing: 'baseline', lastAt: null },
      { instrumentId: 'ons_loneliness', timing: 'baseline', lastAt: null },
    ]);
  });

  it('is nothing for an instrument asked within the interval, and says when it falls due', () => {
    const s = periodicStatus([rec({ answeredAt: daysAgo(10) })], NOW, 28);
    const ucla = s.find((x) => x.instrumentId === 'ucla3')!;
    expect(ucla.due).toBeNull();
    expect(ucla.lastAt).toBe(daysAgo(10));
    expect(ucla.nextDueAt).toBe(daysAgo(-18));
  });

  it('is a follow-up once the interval has passed since the latest baseline or follow-up', () => {
    const records = [
      rec({ answeredAt: daysAgo(70) }),
      rec({ timing: 'follow_up', answeredAt: daysAgo(30) }),
    ];
    expect(periodicDue(records, NOW, 28).find((d) => d.instrumentId === 'ucla3')).toEqual({
      instrumentId: 'ucla3',
      timing: 'follow_up',
      lastAt: daysAgo(30),
    });
    expect(periodicDue(records, NOW, 31).find((d) => d.instrumentId === 'ucla3')).toBeUndefined();
    // Exactly on the boundary it is due.
    expect(periodicDue([rec({ answeredAt: daysAgo(28) })], NOW, 28)[1]).toMatchObject({
      timing: 'follow_up',
    });
  });

  it('ignores per-session measures, other instruments, future-dated and wholly unanswered ones', () => {
    const records = [
      rec({ timing: 'pre' }),
      rec({ instrumentId: 'mood_faces' }),
      rec({ answeredAt: daysAgo(-3) }),
      rec({ answers: [{ linkId: 'companionship', timedOut: true }] }),
    ];
    expect(periodicDue(records, NOW).find((d) => d.instrumentId === 'ucla3')).toMatchObject({
      timing: 'baseline',
    });
    // A resident who said "prefer not to say" was asked: not asked again until follow-up.
    const declined = [rec({ answers: [{ linkId: 'companionship', declined: true }] })];
    expect(periodicDue(declined, NOW).map((d) => d.instrumentId)).toEqual([
      'ons4',
      'ons_loneliness',
    ]);
  });

  it('uses four weeks by default and refuses a nonsensical interval', () => {
    expect(DEFAULT_FOLLOW_UP_DAYS).toBe(28);
    expect(() => periodicStatus([], NOW, 0)).toThrow(RangeError);
  });
});
