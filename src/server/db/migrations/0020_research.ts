import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Research: per-study pseudonym keys (held by admins, never shown to researchers), settings such
 * as the retention of raw events, and indexes the dashboard and retention purge lean on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('study_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull().unique())
    // The HMAC-SHA-256 key as hex. Only admin routes can read it.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .addColumn('created_by', 'text')
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('research_settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    // JSON text.
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();

  await db.schema.createIndex('events_at').on('events').column('at').execute();
  // The score as a number, kept by the database itself from the score JSON (so the dashboard
  // aggregates without parsing JSON, and the measures code needs no change).
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`ALTER TABLE measures ADD COLUMN score_value double precision
      GENERATED ALWAYS AS ((score::jsonb ->> 'score')::double precision) STORED`.execute(db);
  } else {
    await sql`ALTER TABLE measures ADD COLUMN score_value REAL
      GENERATED ALWAYS AS (json_extract(score, '$.score')) VIRTUAL`.execute(db);
  }
  // Cover the dashboard's measure queries: every column they read is in the index.
  await db.schema
    .createIndex('measures_by_instrument')
    .on('measures')
    .columns(['instrument_id', 'timing', 'score_value', 'session_id'])
    .execute();
  await db.schema
    .createIndex('measures_pairing')
    .on('measures')
    .columns(['session_id', 'instrument_id', 'respondent', 'timing', 'score_value'])
    .execute();
  await db.schema
    .createIndex('sessions_site_started')
    .on('sessions')
    .columns(['site_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_site_started').execute();
  await db.schema.dropIndex('measures_pairing').execute();
  await db.schema.dropIndex('measures_by_instrument').execute();
  await db.schema.alterTable('measures').dropColumn('score_value').execute();
  await db.schema.dropIndex('events_at').execute();
  await db.schema.dropTable('research_settings').execute();
  await db.schema.dropTable('study_keys').execute();
}
