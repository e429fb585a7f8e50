import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/core/schemas/accounts.ts';
import type { PairedHeadset, PairingCodeView, SignedIn } from '../../src/core/schemas/auth.ts';
import { PLAIN_COOKIE } from '../../src/server/auth/cookies.ts';
import { createAuthSession } from '../../src/server/storage/authSessions.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createSite } from '../../src/server/storage/sites.ts';
import { createUser } from '../../src/server/storage/users.ts';

/**
 * Test helpers for the auth contract: sites, an account per role with a known password, signing
 * in (→ cookie + CSRF token), and pairing a headset (→ device token). Pairing and `signIn` go
 * through the real routes. scrypt at OWASP cost takes a second or more on a busy machine, so
 * accounts get a precomputed hash of TEST_PASSWORD, and `seedPeople` opens sign-in sessions in
 * storage (the sign-in route itself is tested in tests/server/auth/signIn.test.ts).
 */
export const TEST_PASSWORD = 'correct horse battery staple';
/** hashPassword(TEST_PASSWORD) at the production parameters (signIn.test.ts signs in with it). */
export const TEST_PASSWORD_HASH =
  'scrypt$17$8$1$o5u0sinL58eoEDegbvJJvA$uZEuGOZf0T8W78u9Wktv7KIAhO12eGUBvmRtvMMxHp-YNR3WqWchhwOLV53RDmWF-lBMGd3sF2PlKvRagPhNgQ';

/** Headers that authenticate one request. */
export type AuthHeaders = Record<string, string>;

export interface SignedInUser {
  userId: string;
  username: string;
  role: Role;
  siteId: string | null;
  cookie: string;
  csrfToken: string;
  /** Cookie and CSRF header: enough for any request, reads and writes. */
  headers: AuthHeaders;
}

export interface TestHeadset {
  headsetId: string;
  siteId: string;
  name: string;
  token: string;
  headers: AuthHeaders;
}

/** The session cookie (name=value) from a Set-Cookie answer. */
export function cookieFrom(r: LightMyRequestResponse): string {
  const set = r.headers['set-cookie'];
  const first = [set ?? []].flat()[0];
  if (!first) throw new Error(`no Set-Cookie in the answer: ${r.statusCode} ${r.body}`);
  return first.split(';')[0]!;
}

export async function createSiteNamed(database: Database, name: string): Promise<string> {
  return (await createSite(database.db, name)).id;
}

/** An account with TEST_PASSWORD, ready to sign in. */
export async function createAccount(
  database: Database,
  username: string,
  role: Role,
  siteId: string | null,
): Promise<string> {
  const user = await createUser(database.db, { username, displayName: username, role, siteId });
  await database.db
    .updateTable('staff_users')
    .set({ password_hash: TEST_PASSWORD_HASH, password_changed_at: new Date().toISOString() })
    .where('id', '=', user.id)
    .execute();
  return user.id;
}

export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<SignedInUser> {
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
  });
  if (r.statusCode !== 200)
    throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
  const body = r.json<SignedIn>();
  const cookie = cookieFrom(r);
  return {
    userId: body.user.id,
    username,
    role: body.user.role,
    siteId: body.user.siteId,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

/** A sign-in session opened in storage, as the sign-in route would (without paying for scrypt). */
export async function signedInAs(
  database: Database,
  username: string,
  nowMs = Date.now(),
): Promise<SignedInUser> {
  const user = await database.db
    .selectFrom('staff_users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  const s = await createAuthSession(database.db, user.id, nowMs);
  const cookie = `${PLAIN_COOKIE}=${s.token}`;
  return {
    userId: user.id,
    username,
    role: user.role as Role,
    siteId: user.site_id,
    cookie,
    csrfToken: s.csrfToken,
    headers: { cookie, 'x-csrf-token': s.csrfToken },
  };
}

/** Adds a headset as `admin` and pairs it through POST /api/headsets/pair. */
export async function pairTestHeadset(
  app: FastifyInstance,
  admin: SignedInUser,
  siteId: string,
  name = 'Oak Lounge 2',
): Promise<TestHeadset> {
  const added = await app.inject({
    method: 'POST',
    url: '/api/headsets',
    headers: admin.headers,
    payload: { name, siteId },
  });
  if (added.statusCode !== 201) throw new Error(`could not add a headset: ${added.body}`);
  const { code, headset } = added.json<PairingCodeView>();
  const paired = await app.inject({ method: 'POST', url: '/api/headsets/pair', payload: { code } });
  if (paired.statusCode !== 200) throw new Error(`could not pair: ${paired.body}`);
  const { token } = paired.json<PairedHeadset>();
  return {
    headsetId: headset.id,
    siteId,
    name,
    token,
    headers: { authorization: `Bearer ${token}` },
  };
}

export interface TestPeople {
  siteId: string;
  otherSiteId: string;
  /** Staff at `siteId`. */
  staff: SignedInUser;
  /** Staff at `otherSiteId`. */
  otherStaff: SignedInUser;
  researcher: SignedInUser;
  /** An admin for every site. */
  admin: SignedInUser;
  /** A headset paired at `siteId`. */
  headset: TestHeadset;
  /** A second headset at `siteId`. */
  otherHeadset: TestHeadset;
}

let counter = 0;

/**
 * Two sites, an account of every role, and two paired headsets, all signed in. Usernames are
 * unique per call so several sets can live in one database.
 */
export async function seedPeople(app: FastifyInstance, database: Database): Promise<TestPeople> {
  const n = ++counter;
  const siteId = await createSiteNamed(database, `Test site ${n}`);
  const otherSiteId = await createSiteNamed(database, `Other site ${n}`);
  await createAccount(database, `staff${n}`, 'staff', siteId);
  await createAccount(database, `otherstaff${n}`, 'staff', otherSiteId);
  await createAccount(database, `researcher${n}`, 'researcher', null);
  await createAccount(database, `admin${n}`, 'admin', null);
  const admin = await signedInAs(database, `admin${n}`);
  return {
    siteId,
    otherSiteId,
    staff: await signedInAs(database, `staff${n}`),
    otherStaff: await signedInAs(database, `otherstaff${n}`),
    researcher: await signedInAs(database, `researcher${n}`),
    admin,
    headset: await pairTestHeadset(app, admin, siteId, `Oak Lounge ${n}`),
    otherHeadset: await pairTestHeadset(app, admin, siteId, `Willow Room ${n}`),
  };
}

/** `app.inject` with these auth headers added. */
export function injectAs(
  app: FastifyInstance,
  who: { headers: AuthHeaders } | null,
  opts: InjectOptions,
): Promise<LightMyRequestResponse> {
  return app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(who?.headers ?? {}) } });
}
