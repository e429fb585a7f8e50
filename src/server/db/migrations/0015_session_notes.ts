import { type Kysely } from 'kysely';

/**
 * Structured notes staff make about a session (enjoyed, calm, distressed, asleep, sickness,
 * other, and a short text), stored once by id like every other record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('session_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    // JSON text: an array of observation codes.
    .addColumn('observations', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('noted_at', 'text', (c) => c.notNull())
    // The staff user who wrote it; null before accounts existed.
    .addColumn('author_id', 'text')
    .addColumn('payload_hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('session_notes_session')
    .on('session_notes')
    .column('session_id')
    .execute();
  // Periodic measures are looked up by resident through their sessions.
  await db.schema
    .createIndex('measures_instrument_timing')
    .on('measures')
    .columns(['instrument_id', 'timing'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('measures_instrument_timing').execute();
  await db.schema.dropTable('session_notes').execute();
}
