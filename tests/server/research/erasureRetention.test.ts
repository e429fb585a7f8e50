import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { dashboardSummary } from '../../../src/server/export/dashboard.ts';
import { eraseResident } from '../../../src/server/export/erasure.ts';
import {
  getRetention,
  purgeExpiredEvents,
  setRetention,
} from '../../../src/server/export/retention.ts';
import { exportText } from './builders.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { RESIDENTS } from './dataset.ts';

const ADMIN = { kind: 'user', id: 'admin-1' } as const;

async function exportJson(database: Database) {
  const { text } = await exportText(database, ADMIN, { format: 'json' });
  return JSON.parse(text) as { sessions: { participant_id: string }[]; events: unknown[] };
}

describe.each(TEST_DATABASES)('erasure and retention on $name', (t) => {
  const fx = researchFixture(t, { studyKey: true });

  it('erases a resident: sessions, events and measures gone, audited, later exports exclude them', async () => {
    const { db } = fx.database;
    const who = RESIDENTS[0];
    const before = await exportJson(fx.database);
    expect(before.sessions).toHaveLength(7);

    await expect(eraseResident(db, ADMIN, who.id, 'WRONG-1')).rejects.toThrow(/confirmCode/);
    expect(
      await db.selectFrom('sessions').select('id').where('resident_id', '=', who.id).execute(),
    ).toHaveLength(2);

    const r = await eraseResident(db, ADMIN, who.id, who.code);
    expect(r).toMatchObject({ sessions: 2, measures: 9, events: 13 });
    await expect(eraseResident(db, ADMIN, who.id, who.code)).rejects.toThrow(/already erased/);

    const row = await db
      .selectFrom('residents')
      .selectAll()
      .where('id', '=', who.id)
      .executeTakeFirstOrThrow();
    expect(row.erased_at).not.toBeNull();
    expect(row.label).toBeNull();
    expect(row.preferences).toBe('{}');
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'erasure')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: 'admin-1', subject: who.id });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ sessions: 2, measures: 9, events: 13 });

    const after = await exportJson(fx.database);
    expect(after.sessions).toHaveLength(5);
    expect((await dashboardSummary(db, fx.database.dialect, {})).excluded.erased).toBe(2);
  });

  it('purges raw events past the retention period, keeps sessions and measures, and audits', async () => {
    const { db } = fx.database;
    expect(await getRetention(db)).toEqual({ eventsDays: null, updatedAt: null });
    const now = Date.parse('2026-12-20T00:00:00.000Z');
    expect(await purgeExpiredEvents(db, { kind: 'system', id: null }, now)).toEqual({
      deleted: 0,
      cutoff: null,
    });

    await setRetention(db, ADMIN, { eventsDays: 30 });
    expect((await getRetention(db)).eventsDays).toBe(30);
    const sessionsBefore = (await db.selectFrom('sessions').select('id').execute()).length;
    const measuresBefore = (await db.selectFrom('measures').select('id').execute()).length;
    // Cut-off 2026-11-20: the sessions of 2026-11-18 and before lose their events.
    const r = await purgeExpiredEvents(db, { kind: 'system', id: null }, now);
    expect(r.cutoff).toBe('2026-11-20T00:00:00.000Z');
    expect(r.deleted).toBeGreaterThan(0);
    expect(await db.selectFrom('events').select('id').execute()).toHaveLength(0);
    expect(await db.selectFrom('sessions').select('id').execute()).toHaveLength(sessionsBefore);
    expect(await db.selectFrom('measures').select('id').execute()).toHaveLength(measuresBefore);

    const actions = (await db.selectFrom('audit_log').select(['action', 'details']).execute()).map(
      (a) => a.action,
    );
    expect(actions).toContain('retention_changed');
    expect(actions).toContain('retention_purge');
    // Nothing left to purge: a system run does not write an empty audit row.
    const rows = (await db.selectFrom('audit_log').select('id').execute()).length;
    await purgeExpiredEvents(db, { kind: 'system', id: null }, now);
    expect((await db.selectFrom('audit_log').select('id').execute()).length).toBe(rows);
  });
});
