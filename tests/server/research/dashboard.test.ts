import { describe, expect, it } from 'vitest';
import { dashboardSummary } from '../../../src/server/export/dashboard.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { SITES } from './dataset.ts';

describe.each(TEST_DATABASES)('dashboard figures on $name', (t) => {
  const fx = researchFixture(t);
  const summary = (f = {}) => dashboardSummary(fx.database.db, fx.database.dialect, f);

  it('counts consented sessions only: run, completed, median length, how they ended', async () => {
    const s = await summary();
    expect(s.sessions).toEqual({ run: 7, completed: 4, ended: 6, medianLengthS: 330 });
    expect(s.endReasons).toEqual([
      { reason: 'completed', count: 4 },
      { reason: 'exited_by_resident', count: 1 },
      { reason: 'interrupted', count: 1 },
      { reason: 'not_ended', count: 1 },
    ]);
    expect(s.sickness).toEqual([
      { value: 0, count: 2 },
      { value: 1, count: 1 },
      { value: 2, count: 1 },
    ]);
    expect(s.excluded).toEqual({
      consentNo: 1,
      consentWithdrawn: 1,
      erased: 1,
      sessionsWithoutResident: 1,
    });
  });

  it('pairs pre and post within a session (and respondent) per instrument and scene', async () => {
    const s = await summary();
    const by = (i: string, scene: string) =>
      s.changes.find((c) => c.instrument === i && c.scene === scene)!;
    // Mood on the beach: +2, 0, +3 (self) and +2 (staff) → mean 1.75.
    const mood = by('mood_faces', 'beach');
    expect(mood.n).toBe(4);
    expect(mood.mean).toBeCloseTo(1.75, 10);
    expect(mood.preMean).toBeCloseTo(2.25, 10);
    expect(mood.postMean).toBeCloseTo(4, 10);
    // sd of (2, 0, 3, 2) = √(1.5833…); t(0.975, 3) = 3.1824.
    const half = 3.182446 * (Math.sqrt(19 / 12) / 2);
    expect(mood.ciLow).toBeCloseTo(1.75 - half, 3);
    expect(mood.ciHigh).toBeCloseTo(1.75 + half, 3);
    expect(by('mood_faces', 'aurora').n).toBe(3);
    expect(by('suds', 'beach')).toMatchObject({ n: 2, mean: -3.5 });
    expect(by('suds', 'aurora')).toMatchObject({ n: 1, mean: 0, ciLow: null });
    expect(s.changes.find((c) => c.instrument === 'sickness_check')).toBeUndefined();
  });

  it('applies every filter', async () => {
    const self = await summary({ respondent: 'self', instrument: 'mood_faces' });
    expect(self.changes.map((c) => [c.scene, c.n])).toEqual([
      ['aurora', 3],
      ['beach', 3],
    ]);
    expect((await summary({ site: SITES[1]!.id })).sessions.run).toBe(3);
    expect((await summary({ scene: 'aurora' })).sessions.run).toBe(3);
    expect((await summary({ pattern: 'box' })).sessions.run).toBe(1);
    const days = await summary({ from: '2026-11-09', to: '2026-11-11' });
    expect(days.sessions.run).toBe(3);
    expect((await summary({ from: '2027-01-01' })).sessions).toEqual({
      run: 0,
      completed: 0,
      ended: 0,
      medianLengthS: null,
    });
  });
});
