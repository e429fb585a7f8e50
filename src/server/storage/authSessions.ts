import type { Kysely } from 'kysely';
import type { UserView } from '../../core/schemas/auth.ts';
import type { Schema } from '../db/schema.ts';
import { randomToken, sha256 } from '../auth/secrets.ts';
import { toUserView } from './users.ts';

type Db = Kysely<Schema>;

/**
 * Staff sign-in sessions. The cookie holds a random token; the row's id is its SHA-256. A session
 * ends after IDLE_MS without a request, and at the latest ABSOLUTE_MS after sign-in (one long
 * shift), whichever is first.
 */
export const IDLE_MS = 4 * 3600_000;
export const ABSOLUTE_MS = 12 * 3600_000;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export interface NewAuthSession {
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createAuthSession(
  db: Db,
  userId: string,
  nowMs: number,
): Promise<NewAuthSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = new Date(nowMs).toISOString();
  const expiresAt = new Date(nowMs + ABSOLUTE_MS).toISOString();
  const id = sha256(token);
  await db
    .insertInto('auth_sessions')
    .values({
      id,
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, id, csrfToken, expiresAt };
}

export interface ResolvedAuthSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: UserView;
}

/** The live session for a cookie token, or null (unknown, expired, idle, or account disabled). */
export async function resolveAuthSession(
  db: Db,
  token: string,
  nowMs: number,
): Promise<ResolvedAuthSession | null> {
  const id = sha256(token);
  const row = await db
    .selectFrom('auth_sessions')
    .innerJoin('staff_users', 'staff_users.id', 'auth_sessions.user_id')
    .selectAll('staff_users')
    .select(['auth_sessions.csrf_token', 'auth_sessions.last_seen_at', 'auth_sessions.expires_at'])
    .where('auth_sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (
    Date.parse(row.expires_at) <= nowMs ||
    lastSeen + IDLE_MS <= nowMs ||
    row.disabled_at !== null ||
    row.password_hash === null
  ) {
    await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
    return null;
  }
  if (nowMs - lastSeen >= TOUCH_EVERY_MS) {
    await db
      .updateTable('auth_sessions')
      .set({ last_seen_at: new Date(nowMs).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const { csrf_token, last_seen_at: _seen, expires_at, ...user } = row;
  return { id, csrfToken: csrf_token, expiresAt: expires_at, user: toUserView(user) };
}

export async function getAuthSession(db: Db, id: string) {
  return db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAuthSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
}

/** Signs a person out on every device; returns how many sessions ended. */
export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  const r = await db.deleteFrom('auth_sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}
