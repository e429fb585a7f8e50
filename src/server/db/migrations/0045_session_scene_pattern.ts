import { type Kysely } from 'kysely';

/**
 * Indexes for the research dashboard's filter choices (GET /api/research/options): the scenes
 * and breathing patterns that occur in sessions are read by walking these indexes from one
 * distinct value to the next, instead of scanning every session (bench:research, 100,000
 * sessions).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('sessions_scene').on('sessions').column('scene').execute();
  await db.schema.createIndex('sessions_pattern').on('sessions').column('pattern').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_pattern').execute();
  await db.schema.dropIndex('sessions_scene').execute();
}
