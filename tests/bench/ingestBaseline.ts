import { sql } from 'kysely';
import { migrate, openDatabase, type DatabaseOptions } from '../../src/server/db/database.ts';

/**
 * The ingest bench's same-run baseline: a database migrated as usual, then with migration 0035's
 * aggregate triggers (research_dirty_*, which mark a day changed when a session, a measure or a
 * resident's consent changes) dropped, so the same load can be timed with and without them.
 * Answers how many triggers it dropped (a bench that dropped none would compare nothing).
 */
export async function dropAggregateTriggers(opts: DatabaseOptions): Promise<number> {
  const database = await openDatabase(opts);
  try {
    await migrate(database);
    if (database.dialect === 'postgres') {
      const { rows } = await sql<{ name: string; tbl: string }>`
        select tgname as name, c.relname as tbl from pg_trigger t
        join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace
        where tgname like 'research_dirty_%' and n.nspname = current_schema()`.execute(database.db);
      for (const r of rows) {
        await sql.raw(`DROP TRIGGER ${r.name} ON ${r.tbl}`).execute(database.db);
      }
      return rows.length;
    }
    const { rows } = await sql<{ name: string }>`
      select name from sqlite_master
      where type = 'trigger' and name like 'research_dirty_%'`.execute(database.db);
    for (const r of rows) await sql.raw(`DROP TRIGGER ${r.name}`).execute(database.db);
    return rows.length;
  } finally {
    await database.close();
  }
}

/** The order of the runs for each database: with triggers, without, without, with. */
export const ABBA = [true, false, false, true] as const;

/** Per database: mean events/s with and without the triggers, and their ratio. */
export function pairSummary(
  results: readonly { engine: string; triggers: boolean; eventsPerSecond: number }[],
): (string | number)[][] {
  const engines = [...new Set(results.map((r) => r.engine))];
  return engines.map((engine) => {
    const mean = (triggers: boolean) => {
      const xs = results.filter((r) => r.engine === engine && r.triggers === triggers);
      return xs.reduce((a, r) => a + r.eventsPerSecond, 0) / xs.length;
    };
    const w = mean(true);
    const wo = mean(false);
    return [engine, Math.round(w), Math.round(wo), `${((w / wo) * 100).toFixed(0)} %`];
  });
}
