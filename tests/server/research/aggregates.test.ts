import { describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../../src/core/export/summary.ts';
import { findInstrument } from '../../../src/core/instruments/registry.ts';
import { scoreMeasure } from '../../../src/core/instruments/scoring.ts';
import type { Measure } from '../../../src/core/schemas/measures.ts';
import type { ResearchFilter } from '../../../src/core/schemas/research.ts';
import { dayRuns, refreshAggregates } from '../../../src/server/export/aggregates.ts';
import { dashboardSummary, histogramMedian } from '../../../src/server/export/dashboard.ts';
import { rawDashboardSummary } from '../../../src/server/export/dashboardRaw.ts';
import { eraseResident } from '../../../src/server/export/erasure.ts';
import { purgeExpiredEvents, setRetention } from '../../../src/server/export/retention.ts';
import { linkSessionResident } from '../../../src/server/storage/hubHeadsets.ts';
import { recordMeasure } from '../../../src/server/storage/measures.ts';
import { updateResident } from '../../../src/server/storage/residents.ts';
import { createSession, endSession } from '../../../src/server/storage/sessions.ts';
import { singleItemMeasure, testUuid } from './builders.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { SYNTH_SITES } from './synthetic.ts';

/**
 * The dashboard reads pre-aggregates; after every kind of change through the real write paths
 * (new sessions, linking a resident, measures, ends, consent withdrawn and given again, erasure,
 * retention purge) it must equal the same figures computed from the raw rows, for every filter.
 */

const ADMIN = { kind: 'user', id: 'admin-1' } as const;
const NOW = Date.parse('2026-12-20T00:00:00.000Z');
const HEADSET = 'ea000000-0000-4000-8000-000000000001';
const SITE = SYNTH_SITES[0]!.id;
// Synthetic residents: number i has consent "yes" unless i % 10 === 9 or i % 17 === 16.
const resident = (n: number) => ({
  id: testUuid('ae100000', n),
  code: `R-${String(n).padStart(5, '0')}`,
});
const newSession = (n: number) => testUuid('5e200000', n);

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const FILTERS: ResearchFilter[] = [
  {},
  { site: SYNTH_SITES[1]!.id },
  { scene: 'beach' },
  { pattern: 'box' },
  { from: '2026-03-01', to: '2026-06-30' },
  { from: '2026-04-10', to: '2026-04-10' },
  { instrument: 'mood_faces', respondent: 'self' },
  { respondent: 'staff' },
  { site: SITE, scene: 'aurora', from: '2026-02-01', instrument: 'suds' },
];

function expectSameFigures(agg: DashboardSummary, raw: DashboardSummary, f: ResearchFilter) {
  const label = JSON.stringify(f);
  expect(agg.sessions, label).toEqual(raw.sessions);
  expect(agg.endReasons, label).toEqual(raw.endReasons);
  expect(agg.sickness, label).toEqual(raw.sickness);
  expect(agg.excluded, label).toEqual(raw.excluded);
  expect(agg.changes.map((c) => [c.instrument, c.scene, c.n])).toEqual(
    raw.changes.map((c) => [c.instrument, c.scene, c.n]),
  );
  agg.changes.forEach((c, i) => {
    const r = raw.changes[i]!;
    for (const k of ['mean', 'sd', 'ciLow', 'ciHigh', 'preMean', 'postMean'] as const) {
      if (r[k] === null) expect(c[k], `${label} ${c.instrument} ${k}`).toBeNull();
      else expect(c[k], `${label} ${c.instrument} ${k}`).toBeCloseTo(r[k], 9);
    }
  });
}

describe.each(TEST_DATABASES)('dashboard pre-aggregates on $name', (t) => {
  const fx = researchFixture(t, { data: { sessions: 400, eventsPerSession: 3, seed: 5 } });

  const agg = (f: ResearchFilter = {}) => dashboardSummary(fx.database.db, fx.database.dialect, f);
  async function expectConsistent() {
    for (const f of FILTERS) {
      const a = await agg(f);
      expectSameFigures(a, await rawDashboardSummary(fx.database.db, fx.database.dialect, f), f);
    }
  }
  const dirtyDays = async () =>
    (await fx.database.db.selectFrom('research_dirty_days').select('day').execute()).map(
      (r) => r.day,
    );

  const measure = (n: number, session: string, instrument: string, timing: string, v: number) =>
    recordMeasure(
      fx.database.db,
      singleItemMeasure({
        id: testUuid('3e200000', n),
        sessionId: session,
        instrumentId: instrument,
        timing: timing as Measure['timing'],
        value: v,
        answeredAt: '2026-04-10T10:20:00.000Z',
      }),
      NOW,
    );

  it('equals the raw figures once built, and a read leaves nothing dirty', async () => {
    const before = await agg();
    expect(before.sessions.run).toBeGreaterThan(300);
    expect(before.changes.length).toBeGreaterThan(2);
    expect(await dirtyDays()).toEqual([]);
    await expectConsistent();
  });

  it('follows new sessions, first without a resident and then linked to one', async () => {
    const run = (await agg()).sessions.run;
    for (const n of [1, 2, 3]) {
      await createSession(
        fx.database.db,
        {
          id: newSession(n),
          scene: 'beach',
          lengthMin: 5,
          language: 'en',
          pattern: 'box',
          startedAt: `2026-04-10T10:0${n}:00.000Z`,
        },
        { siteId: SITE, headsetId: HEADSET },
      );
    }
    // A write marks only its own day.
    expect(await dirtyDays()).toEqual(['2026-04-10']);
    const orphans = (await agg()).excluded.sessionsWithoutResident;
    expect(orphans).toBe(3);
    await expectConsistent();
    for (const n of [1, 2, 3]) {
      expect(
        await linkSessionResident(fx.database.db, newSession(n), HEADSET, resident(1).id),
      ).toBe(true);
    }
    expect((await agg()).sessions.run).toBe(run + 3);
    await expectConsistent();
  });

  it('follows measures and ends', async () => {
    await measure(1, newSession(1), 'mood_faces', 'pre', 2);
    await measure(2, newSession(1), 'mood_faces', 'post', 5);
    await measure(3, newSession(2), 'suds', 'pre', 8);
    await measure(4, newSession(2), 'suds', 'post', 3);
    await measure(5, newSession(2), 'sickness_check', 'post', 2);
    await expectConsistent();
    await endSession(fx.database.db, newSession(1), {
      endedAt: '2026-04-10T10:06:30.400Z',
      endReason: 'completed',
    });
    await endSession(fx.database.db, newSession(2), {
      endedAt: '2026-04-10T10:04:59.500Z',
      endReason: 'exited_by_resident',
    });
    const day = await agg({ from: '2026-04-10', to: '2026-04-10' });
    expect(day.sessions.ended).toBeGreaterThanOrEqual(2);
    await expectConsistent();
  });

  it('follows consent withdrawn and given again', async () => {
    const run = (await agg()).sessions.run;
    await updateResident(fx.database.db, resident(1).id, { consent: 'withdrawn' }, NOW);
    const withdrawn = await agg();
    expect(withdrawn.sessions.run).toBeLessThan(run - 2);
    await expectConsistent();
    await updateResident(fx.database.db, resident(1).id, { consent: 'yes' }, NOW);
    expect((await agg()).sessions.run).toBe(run);
    await expectConsistent();
  });

  it('follows erasure', async () => {
    const run = (await agg()).sessions.run;
    const who = resident(2);
    const r = await eraseResident(fx.database.db, ADMIN, who.id, who.code);
    expect(r.sessions).toBeGreaterThan(0);
    expect((await agg()).sessions.run).toBe(run - r.sessions);
    await expectConsistent();
  });

  it('never loses a write that commits while the aggregates are being recomputed', async () => {
    const { db, dialect } = fx.database;
    // Day already dirty from a committed write, then a second write to it stays open while a
    // dashboard read recomputes that day: the read must wait for it (PostgreSQL: the row lock
    // the trigger takes on the mark; SQLite: the one connection), or the day is marked again.
    await measure(20, newSession(3), 'mood_faces', 'pre', 1);
    const inserted = deferred();
    const release = deferred();
    const writer = db.transaction().execute(async (tx) => {
      // As recordMeasure writes it (it opens its own transaction, so it cannot be used here).
      const answers = [{ linkId: 'mood', value: 5 }];
      await tx
        .insertInto('measures')
        .values({
          id: testUuid('3e200000', 21),
          session_id: newSession(3),
          instrument_id: 'mood_faces',
          instrument_version: '1.0.0',
          timing: 'post',
          respondent: 'self',
          answers: JSON.stringify(answers),
          score: JSON.stringify(scoreMeasure(findInstrument('mood_faces')!, answers)),
          answered_at: '2026-04-10T10:20:00.000Z',
          payload_hash: 'x',
        })
        .execute();
      inserted.resolve();
      await release.promise;
    });
    await inserted.promise;
    const reading = dashboardSummary(db, dialect, {});
    await new Promise((r) => setTimeout(r, 300));
    release.resolve();
    await writer;
    await reading;
    await expectConsistent();
  });

  it('is untouched by the retention purge of raw events (the figures do not use them)', async () => {
    await setRetention(fx.database.db, ADMIN, { eventsDays: 30 });
    const purged = await purgeExpiredEvents(fx.database.db, ADMIN, NOW);
    expect(purged.deleted).toBeGreaterThan(0);
    expect(await refreshAggregates(fx.database.db, fx.database.dialect)).toBe(0);
    await expectConsistent();
  });
});

describe('aggregate helpers', () => {
  it('takes the median of a histogram of whole seconds like the median of the values', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ d: 300, n: 1 }])).toBe(300);
    // 300, 300, 301, 320 → (300 + 301) / 2 rounded half up.
    expect(
      histogramMedian([
        { d: 300, n: 2 },
        { d: 301, n: 1 },
        { d: 320, n: 1 },
      ]),
    ).toBe(301);
    expect(
      histogramMedian([
        { d: 10, n: 1 },
        { d: 20, n: 3 },
        { d: 90, n: 1 },
      ]),
    ).toBe(20);
  });

  it('groups dirty days into contiguous runs', () => {
    expect(dayRuns(['2026-03-02', '2026-02-28', '2026-03-01', '2026-03-05'])).toEqual([
      ['2026-02-28', '2026-03-02'],
      ['2026-03-05', '2026-03-05'],
    ]);
    expect(dayRuns(['2026-12-31', '2027-01-01'])).toEqual([['2026-12-31', '2027-01-01']]);
  });
});
