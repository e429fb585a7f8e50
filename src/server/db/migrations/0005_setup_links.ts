import { sql, type Kysely } from 'kysely';

/**
 * One-time links that let a staff member choose a password: the first admin's setup link, and
 * the link an admin makes when creating an account or resetting a password. Only the token's
 * SHA-256 is stored; a link works once and expires.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setup_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('staff_users.id'))
    // 'setup' (a new account) | 'reset' (a forgotten password)
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
    .execute();
  await db.schema.createIndex('setup_links_user').on('setup_links').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('setup_links').execute();
}
