import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../core/schemas/accounts.ts';
import type { SetupLinkView, UserView } from '../../core/schemas/auth.ts';
import type { Schema, StaffUsersTable } from '../db/schema.ts';
import { randomToken, sha256 } from '../auth/secrets.ts';
import { conflict, notFound } from './errors.ts';

type Db = Kysely<Schema>;

/** A one-time link to choose a password is valid for a day. */
export const SETUP_LINK_TTL_MS = 24 * 3600_000;

export function toUserView(row: Selectable<StaffUsersTable>): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    siteId: row.site_id,
    disabled: row.disabled_at !== null,
    hasPassword: row.password_hash !== null,
  };
}

export async function getUserRow(db: Db, id: string) {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('staff_users')
    .selectAll()
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  siteId: string | null;
}

/** Creates an account without a password: the person chooses one from a setup link. */
export async function createUser(db: Db, u: NewUser): Promise<UserView> {
  return db.transaction().execute(async (tx) => {
    if (await findUserByUsername(tx, u.username)) {
      throw conflict(`the username ${u.username} is taken`);
    }
    if (u.siteId !== null) {
      const site = await tx
        .selectFrom('sites')
        .select('id')
        .where('id', '=', u.siteId)
        .executeTakeFirst();
      if (!site) throw notFound(`site ${u.siteId}`);
    }
    const id = randomUUID();
    await tx
      .insertInto('staff_users')
      .values({
        id,
        username: u.username,
        display_name: u.displayName,
        role: u.role,
        site_id: u.siteId,
        password_hash: null,
        password_changed_at: null,
        disabled_at: null,
      })
      .execute();
    return toUserView((await getUserRow(tx, id))!);
  });
}

/**
 * A new one-time link for `userId`; any earlier unused link for them stops working, so only the
 * newest link printed or handed over is live.
 */
export async function createSetupLink(
  db: Db,
  userId: string,
  purpose: 'setup' | 'reset',
  nowMs: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomToken();
  const now = new Date(nowMs).toISOString();
  const expiresAt = new Date(nowMs + SETUP_LINK_TTL_MS).toISOString();
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('setup_links')
      .set({ used_at: now })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
    await tx
      .insertInto('setup_links')
      .values({ id: sha256(token), user_id: userId, purpose, expires_at: expiresAt, used_at: null })
      .execute();
  });
  return { token, expiresAt };
}

async function liveLink(db: Db, token: string, nowMs: number) {
  const row = await db
    .selectFrom('setup_links')
    .innerJoin('staff_users', 'staff_users.id', 'setup_links.user_id')
    .select([
      'setup_links.id as linkId',
      'setup_links.purpose',
      'setup_links.expires_at',
      'setup_links.used_at',
      'staff_users.id as userId',
      'staff_users.username',
      'staff_users.display_name',
      'staff_users.disabled_at',
    ])
    .where('setup_links.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.disabled_at !== null) return null;
  if (Date.parse(row.expires_at) <= nowMs) return null;
  return row;
}

export async function describeSetupLink(
  db: Db,
  token: string,
  nowMs: number,
): Promise<SetupLinkView | null> {
  const row = await liveLink(db, token, nowMs);
  return row
    ? {
        username: row.username,
        displayName: row.display_name,
        purpose: row.purpose as SetupLinkView['purpose'],
        expiresAt: row.expires_at,
      }
    : null;
}

/**
 * Spends a setup link: sets the password and signs the person out everywhere else. Returns the
 * user, or null when the link is unknown, used, expired or its account is disabled.
 */
export async function useSetupLink(
  db: Db,
  token: string,
  passwordHash: string,
  nowMs: number,
): Promise<{ user: UserView; purpose: string } | null> {
  return db.transaction().execute(async (tx) => {
    const link = await liveLink(tx, token, nowMs);
    if (!link) return null;
    const now = new Date(nowMs).toISOString();
    // Guarded by used_at so two concurrent uses cannot both succeed.
    const spent = await tx
      .updateTable('setup_links')
      .set({ used_at: now })
      .where('id', '=', link.linkId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) return null;
    await tx
      .updateTable('staff_users')
      .set({ password_hash: passwordHash, password_changed_at: now })
      .where('id', '=', link.userId)
      .execute();
    await tx.deleteFrom('auth_sessions').where('user_id', '=', link.userId).execute();
    return { user: toUserView((await getUserRow(tx, link.userId))!), purpose: link.purpose };
  });
}

export const FIRST_ADMIN_USERNAME = 'admin';
export const DEFAULT_SITE_NAME = 'Main site';

/**
 * On start: with no accounts at all, creates a default site and the first admin (no password);
 * while that admin has still not chosen a password, every start issues a fresh setup link (the
 * previous one, printed by an earlier start, stops working). Returns the link token to print.
 */
export async function ensureFirstAdmin(
  db: Db,
  nowMs: number,
): Promise<{ username: string; token: string; expiresAt: string; created: boolean } | null> {
  const users = await db
    .selectFrom('staff_users')
    .select(['id', 'role', 'password_hash'])
    .execute();
  if (users.some((u) => u.password_hash !== null)) return null;
  let created = false;
  let admin = users.find((u) => u.role === 'admin');
  if (!admin) {
    if (users.length > 0) return null;
    const site = await db.selectFrom('sites').select('id').executeTakeFirst();
    if (!site) {
      await db.insertInto('sites').values({ id: randomUUID(), name: DEFAULT_SITE_NAME }).execute();
    }
    const view = await createUser(db, {
      username: FIRST_ADMIN_USERNAME,
      displayName: 'Administrator',
      role: 'admin',
      siteId: null,
    });
    admin = { id: view.id, role: 'admin', password_hash: null };
    created = true;
  }
  const row = (await getUserRow(db, admin.id))!;
  const link = await createSetupLink(db, admin.id, 'setup', nowMs);
  return { username: row.username, ...link, created };
}
