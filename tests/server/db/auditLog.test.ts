import { describe, expect, it } from 'vitest';
import { openMigrated, TEST_DATABASES } from '../databases.ts';

describe.each(TEST_DATABASES)('the audit log on $name', (t) => {
  it('takes new rows but the database itself refuses to change or delete one', async () => {
    const database = await openMigrated(t);
    const { db } = database;
    try {
      const row = {
        id: '00000000-0000-4000-8000-00000000a001',
        at: '2026-12-01T10:00:00.000Z',
        actor_kind: 'system',
        actor_id: null,
        action: 'first_run',
        subject: null,
      };
      await db.insertInto('audit_log').values(row).execute();
      await db
        .insertInto('audit_log')
        .values({ ...row, id: '00000000-0000-4000-8000-00000000a002', action: 'sign_in' })
        .execute();

      await expect(
        db.updateTable('audit_log').set({ action: 'tampered' }).where('id', '=', row.id).execute(),
      ).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_log').where('id', '=', row.id).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);

      const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
      expect(rows.map((r) => r.action)).toEqual(['first_run', 'sign_in']);
      expect(rows[0]?.details).toBe('{}');
    } finally {
      await database.close();
    }
  });
});
