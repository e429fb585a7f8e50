import type { Kysely } from 'kysely';

/**
 * Social rooms, their invite links and the guests who came through them. Each room has its own
 * sessions row (scene = the social scene) whose events record who joined, left, was muted, and
 * which shared moments ran, so research can count social time. Invite codes and guest tokens are
 * stored only as SHA-256 hashes: a copied database gives no working link or token.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('social_rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
    .addColumn('scene', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id'))
    // staff user id, or null when made by the system (tests, a scheduled room)
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('social_rooms_site').on('social_rooms').column('site_id').execute();

  await db.schema
    .createTable('social_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('social_rooms.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    // who it is for, as staff wrote it ("Mair's daughter"); shown to staff only, never exported
    .addColumn('label', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('social_invites_room')
    .on('social_invites')
    .column('room_id')
    .execute();

  await db.schema
    .createTable('social_guests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('social_rooms.id'))
    .addColumn('invite_id', 'text', (c) => c.notNull().references('social_invites.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('social_guests').execute();
  await db.schema.dropTable('social_invites').execute();
  await db.schema.dropTable('social_rooms').execute();
}
