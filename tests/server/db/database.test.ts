import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrate, redactUrl } from '../../../src/server/db/database.ts';
import { MIGRATIONS } from '../../../src/server/db/migrations/index.ts';
import { PG_MISSING_MESSAGE, PG_REQUIRED, TEST_DATABASES } from '../databases.ts';

describe.each(TEST_DATABASES)('migrations on $name', (t) => {
  it('bring a fresh database to the latest schema, and re-running changes nothing', async () => {
    const database = await t.open();
    try {
      const first = await migrate(database);
      expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual(
        Object.keys(MIGRATIONS).map((name) => [name, 'Success']),
      );
      const again = await migrate(database);
      expect(again.results).toEqual([]);
      // The sessions table exists and accepts a row with every column.
      await database.db
        .insertInto('sessions')
        .values({
          id: '00000000-0000-4000-8000-000000000001',
          scene: 'beach',
          length_min: 5,
          language: 'en',
          pattern: 'coherent',
          started_at: '2026-01-01T10:00:00.000Z',
        })
        .execute();
      const row = await database.db.selectFrom('sessions').selectAll().executeTakeFirstOrThrow();
      expect(row.ended_at).toBeNull();
      expect(row.created_at).toBeTruthy();
    } finally {
      await database.close();
    }
  });
});

describe('SQLite settings', () => {
  it('uses WAL and synchronous=FULL so acknowledged writes survive a crash', async () => {
    const database = await TEST_DATABASES[0]!.open();
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.db);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(sync.rows[0]?.synchronous).toBe(2); // 2 = FULL
    } finally {
      await database.close();
    }
  });
});

describe('PostgreSQL', () => {
  it('is part of the test run in CI', () => {
    if (PG_REQUIRED) {
      expect(
        TEST_DATABASES.map((d) => d.name),
        PG_MISSING_MESSAGE,
      ).toContain('postgres');
    }
  });

  it('never prints a password', () => {
    expect(redactUrl('postgres://hafan:secret@db:5432/hafan')).toBe(
      'postgres://hafan:***@db:5432/hafan',
    );
  });
});
