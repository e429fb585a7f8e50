import type { Kysely } from 'kysely';

/**
 * A social room's state as JSON (core/social/roomSnapshot.ts), rewritten after every change, so a
 * restarted server gives people their seats back, keeps staff mutes and admissions, and carries
 * on the shared moment on the same clock. Live connections, voice and poses are never stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('social_rooms').addColumn('state_json', 'text').execute();
  await db.schema.alterTable('social_rooms').addColumn('state_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('social_rooms').dropColumn('state_at').execute();
  await db.schema.alterTable('social_rooms').dropColumn('state_json').execute();
}
