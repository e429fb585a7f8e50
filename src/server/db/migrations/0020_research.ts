import { sql, type Kysely } from 'kysely';

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
  await db.schema
    .createIndex('measures_instrument_timing')
    .on('measures')
    .columns(['instrument_id', 'timing', 'session_id'])
    .execute();
  await db.schema
    .createIndex('sessions_site_started')
    .on('sessions')
    .columns(['site_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_site_started').execute();
  await db.schema.dropIndex('measures_instrument_timing').execute();
  await db.schema.dropIndex('events_at').execute();
  await db.schema.dropTable('research_settings').execute();
  await db.schema.dropTable('study_keys').execute();
}
