import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The research dashboard's pre-aggregates: per UTC day, site, scene and pattern, the counts of
 * consented sessions by ending, a histogram of their lengths in whole seconds, the paired pre→post
 * sums per instrument and respondent, the sickness answers, and who consent leaves out. Triggers mark a day "dirty"
 * whenever anything that day's figures depend on changes (a session, a measure, a resident's
 * consent, erasure or site); the dashboard recomputes dirty days from the raw rows before it reads
 * (src/server/export/aggregates.ts), so the aggregates can never drift from the data.
 */

const CELL = ['day', 'site_id', 'scene', 'pattern'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('research_dirty_days')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .execute();

  const cell = (t: ReturnType<typeof db.schema.createTable>) =>
    t
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('scene', 'text', (c) => c.notNull())
      .addColumn('pattern', 'text', (c) => c.notNull());

  await cell(db.schema.createTable('research_agg_sessions'))
    // 'not_ended' when no end was received.
    .addColumn('end_reason', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('ended', 'integer', (c) => c.notNull())
    .execute();
  await cell(db.schema.createTable('research_agg_durations'))
    .addColumn('duration_s', 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await cell(db.schema.createTable('research_agg_changes'))
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sum_d', 'double precision', (c) => c.notNull())
    .addColumn('sum_dd', 'double precision', (c) => c.notNull())
    .addColumn('sum_pre', 'double precision', (c) => c.notNull())
    .addColumn('sum_post', 'double precision', (c) => c.notNull())
    .execute();
  await cell(db.schema.createTable('research_agg_sickness'))
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  // Who consent keeps out, per cell: residents with consent "no" or "withdrawn" (one row per
  // resident, so they can be counted once across days) and sessions with no resident ('none';
  // their site may be unknown).
  await db.schema
    .createTable('research_agg_excluded')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text')
    .addColumn('scene', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('consent', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text')
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  for (const t of [
    'research_agg_sessions',
    'research_agg_durations',
    'research_agg_changes',
    'research_agg_sickness',
    'research_agg_excluded',
  ]) {
    await db.schema
      .createIndex(`${t}_cell`)
      .on(t)
      .columns([...CELL])
      .execute();
  }

  if (pg) {
    // DO UPDATE (not DO NOTHING) takes the row's lock, so a refresh that deletes the mark waits
    // for the writing transaction to commit and then sees its rows.
    const mark = (expr: string) =>
      `INSERT INTO research_dirty_days (day) ${expr}
         ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day;`;
    await sql
      .raw(
        `CREATE FUNCTION hafan_research_dirty_session() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN ${mark('VALUES (substr(OLD.started_at, 1, 10))')} END IF;
          IF TG_OP <> 'DELETE' THEN ${mark('VALUES (substr(NEW.started_at, 1, 10))')} END IF;
          RETURN NULL;
        END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE FUNCTION hafan_research_dirty_measure() RETURNS trigger AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN ${mark('SELECT substr(started_at, 1, 10) FROM sessions WHERE id = OLD.session_id')} END IF;
          IF TG_OP <> 'DELETE' THEN ${mark('SELECT substr(started_at, 1, 10) FROM sessions WHERE id = NEW.session_id')} END IF;
          RETURN NULL;
        END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE FUNCTION hafan_research_dirty_resident() RETURNS trigger AS $$
        BEGIN
          ${mark('SELECT DISTINCT substr(started_at, 1, 10) FROM sessions WHERE resident_id = NEW.id')}
          RETURN NULL;
        END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql`CREATE TRIGGER research_dirty_session AFTER INSERT OR UPDATE OR DELETE ON sessions
      FOR EACH ROW EXECUTE FUNCTION hafan_research_dirty_session()`.execute(db);
    await sql`CREATE TRIGGER research_dirty_measure AFTER INSERT OR UPDATE OR DELETE ON measures
      FOR EACH ROW EXECUTE FUNCTION hafan_research_dirty_measure()`.execute(db);
    await sql`CREATE TRIGGER research_dirty_resident AFTER UPDATE OF consent, erased_at, site_id
      ON residents FOR EACH ROW EXECUTE FUNCTION hafan_research_dirty_resident()`.execute(db);
  } else {
    const mark = (expr: string) => `INSERT OR IGNORE INTO research_dirty_days (day) ${expr};`;
    const newDay = mark('VALUES (substr(NEW.started_at, 1, 10))');
    const oldDay = mark('VALUES (substr(OLD.started_at, 1, 10))');
    const daysOf = (ref: string) =>
      mark(`SELECT substr(started_at, 1, 10) FROM sessions WHERE id = ${ref}.session_id`);
    const statements = [
      `CREATE TRIGGER research_dirty_session_insert AFTER INSERT ON sessions BEGIN ${newDay} END`,
      `CREATE TRIGGER research_dirty_session_update AFTER UPDATE ON sessions BEGIN ${oldDay} ${newDay} END`,
      `CREATE TRIGGER research_dirty_session_delete AFTER DELETE ON sessions BEGIN ${oldDay} END`,
      `CREATE TRIGGER research_dirty_measure_insert AFTER INSERT ON measures BEGIN ${daysOf('NEW')} END`,
      `CREATE TRIGGER research_dirty_measure_update AFTER UPDATE ON measures BEGIN ${daysOf('OLD')} ${daysOf('NEW')} END`,
      `CREATE TRIGGER research_dirty_measure_delete AFTER DELETE ON measures BEGIN ${daysOf('OLD')} END`,
      `CREATE TRIGGER research_dirty_resident AFTER UPDATE OF consent, erased_at, site_id ON residents
        BEGIN ${mark('SELECT DISTINCT substr(started_at, 1, 10) FROM sessions WHERE resident_id = NEW.id')} END`,
    ];
    for (const s of statements) await sql.raw(s).execute(db);
  }
  // Existing data: every day with a session is computed on the first dashboard read.
  await sql`INSERT INTO research_dirty_days (day)
    SELECT DISTINCT substr(started_at, 1, 10) FROM sessions`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`DROP TRIGGER research_dirty_session ON sessions`.execute(db);
    await sql`DROP TRIGGER research_dirty_measure ON measures`.execute(db);
    await sql`DROP TRIGGER research_dirty_resident ON residents`.execute(db);
    await sql`DROP FUNCTION hafan_research_dirty_session()`.execute(db);
    await sql`DROP FUNCTION hafan_research_dirty_measure()`.execute(db);
    await sql`DROP FUNCTION hafan_research_dirty_resident()`.execute(db);
  } else {
    for (const t of [
      'session_insert',
      'session_update',
      'session_delete',
      'measure_insert',
      'measure_update',
      'measure_delete',
      'resident',
    ]) {
      await sql.raw(`DROP TRIGGER research_dirty_${t}`).execute(db);
    }
  }
  for (const t of [
    'research_agg_excluded',
    'research_agg_sickness',
    'research_agg_changes',
    'research_agg_durations',
    'research_agg_sessions',
    'research_dirty_days',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
