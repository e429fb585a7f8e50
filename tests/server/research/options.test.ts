import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../../src/server/export/dashboard.ts';
import { TEST_DATABASES } from '../databases.ts';
import { researchFixture } from './fixture.ts';

/**
 * The dashboard's filter choices walk the scene and pattern indexes (migration 0045) from one
 * distinct value to the next; they must be exactly what SELECT DISTINCT over every session gives.
 */
describe.each(TEST_DATABASES)('filter choices on $name', (t) => {
  const fx = researchFixture(t, { data: { sessions: 400, eventsPerSession: 0, seed: 5 } });
  const plain = async (column: 'scene' | 'pattern') => {
    const { rows } = await sql<{ v: string }>`
      select distinct ${sql.ref(column)} as v from sessions order by v`.execute(fx.database.db);
    return rows.map((r) => r.v);
  };

  it('lists every scene and pattern that occurs, once, in order, as a full scan would', async () => {
    const db = fx.database.db;
    // Values only one session has, at both ends of the order and in the middle.
    const ids = (await db.selectFrom('sessions').select('id').orderBy('id').limit(3).execute()).map(
      (r) => r.id,
    );
    await db
      .updateTable('sessions')
      .set({ scene: 'aaa_first' })
      .where('id', '=', ids[0]!)
      .execute();
    await db.updateTable('sessions').set({ scene: 'garden' }).where('id', '=', ids[1]!).execute();
    await db
      .updateTable('sessions')
      .set({ pattern: 'zzz_last' })
      .where('id', '=', ids[2]!)
      .execute();
    const o = await filterOptions(db);
    expect(o.scenes).toEqual(await plain('scene'));
    expect(o.scenes).toEqual(['aaa_first', 'aurora', 'beach', 'garden']);
    expect(o.patterns).toEqual(await plain('pattern'));
    expect(o.patterns).toContain('zzz_last');
    expect(new Set(o.patterns).size).toBe(o.patterns.length);
    expect(o.sites.map((s) => s.name)).toEqual([...o.sites.map((s) => s.name)].sort());
  });

  it('uses the indexes migration 0045 adds', async () => {
    const db = fx.database.db;
    if (fx.database.dialect === 'sqlite') {
      const { rows } = await sql<{ name: string }>`
        select name from sqlite_master where type = 'index' and tbl_name = 'sessions'`.execute(db);
      expect(rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(['sessions_scene', 'sessions_pattern']),
      );
    } else {
      const { rows } = await sql<{ name: string }>`
        select indexname as name from pg_indexes
        where tablename = 'sessions' and schemaname = current_schema()`.execute(db);
      expect(rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(['sessions_scene', 'sessions_pattern']),
      );
    }
  });

  it('is empty when there are no sessions', async () => {
    const db = fx.database.db;
    await sql`delete from events`.execute(db);
    await sql`delete from measures`.execute(db);
    await sql`delete from sessions`.execute(db);
    const o = await filterOptions(db);
    expect(o.scenes).toEqual([]);
    expect(o.patterns).toEqual([]);
  });
});
