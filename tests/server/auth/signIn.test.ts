import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { ABSOLUTE_MS, IDLE_MS } from '../../../src/server/storage/authSessions.ts';
import { listAudit } from '../../../src/server/storage/audit.ts';
import {
  TEST_PASSWORD,
  cookieFrom,
  createAccount,
  createSiteNamed,
  signIn,
  signedInAs,
} from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

const sign = (app: FastifyInstance, username: string, password: string, ip = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username, password },
    remoteAddress: ip,
  });

describe.each(TEST_DATABASES)('staff sign-in sessions on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let clock = Date.parse('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database, now: () => clock });
    const site = await createSiteNamed(database, 'Bryn Care');
    await createAccount(database, 'alys', 'staff', site);
    await createAccount(database, 'gwen', 'admin', null);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie (no Secure over plain http) and a CSRF token', async () => {
    const r = await sign(app, 'Alys', TEST_PASSWORD);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.user).toMatchObject({ username: 'alys', role: 'staff', disabled: false });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(/^hafan_session=[\w-]{40,}; /);
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Strict');
    expect(set).toContain('Path=/');
    expect(set).not.toContain('Secure');
    expect(r.headers['cache-control']).toBe('no-store');
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(r) } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'alys' }, csrfToken: body.csrfToken });
  });

  it('refuses a wrong password and an unknown user alike (401), and audits both', async () => {
    const wrong = await sign(app, 'alys', 'not the password at all');
    const unknown = await sign(app, 'nobody', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const failed = await listAudit(database.db, { limit: 10, action: 'sign_in_failed' });
    expect(failed.map((f) => f.details.reason)).toEqual(
      expect.arrayContaining(['wrong_password', 'unknown_user']),
    );
    expect(JSON.stringify(failed)).not.toContain('not the password at all');
  });

  it('refuses a disabled account, and ends its open sessions', async () => {
    const s = await signIn(app, 'gwen');
    await database.db
      .updateTable('staff_users')
      .set({ disabled_at: new Date(clock).toISOString() })
      .where('username', '=', 'gwen')
      .execute();
    expect((await app.inject({ url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
    expect((await sign(app, 'gwen', TEST_PASSWORD)).statusCode).toBe(401);
    await database.db
      .updateTable('staff_users')
      .set({ disabled_at: null })
      .where('username', '=', 'gwen')
      .execute();
  });

  it('signs out (the cookie stops working, and is cleared), and writes it to the audit log', async () => {
    const s = await signIn(app, 'alys');
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: s.headers });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^hafan_session=; .*Max-Age=0/);
    expect((await app.inject({ url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
    const audit = await listAudit(database.db, { limit: 50 });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['sign_in', 'sign_out']));
  });

  it('signs out everywhere: every session of that person ends, others stay', async () => {
    const tablet = await signIn(app, 'alys');
    const laptop = await signedInAs(database, 'alys', clock);
    const other = await signedInAs(database, 'gwen', clock);
    const r = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
      headers: tablet.headers,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().sessions).toBeGreaterThanOrEqual(2);
    for (const s of [tablet, laptop]) {
      expect((await app.inject({ url: '/api/auth/me', headers: s.headers })).statusCode).toBe(401);
    }
    expect((await app.inject({ url: '/api/auth/me', headers: other.headers })).statusCode).toBe(
      200,
    );
  });

  it('ends a session after it has been idle too long, and at the latest after ABSOLUTE_MS', async () => {
    const idle = await signedInAs(database, 'alys', clock);
    const busy = await signedInAs(database, 'gwen', clock);
    const start = clock;
    // `busy` keeps being used; `idle` is not.
    for (let at = start; at < start + ABSOLUTE_MS; at += IDLE_MS / 2) {
      clock = at;
      expect((await app.inject({ url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(
        200,
      );
    }
    expect((await app.inject({ url: '/api/auth/me', headers: idle.headers })).statusCode).toBe(401);
    clock = start + ABSOLUTE_MS + 1;
    expect((await app.inject({ url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(401);
  });
});

describe('sign-in rate limit', () => {
  let database: Database;
  let app: FastifyInstance;
  let clock = Date.parse('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    database = await openMigrated(TEST_DATABASES[0]!);
    app = await buildApp({
      database,
      now: () => clock,
      signInLimits: {
        perUsername: { max: 5, windowMs: 15 * 60_000 },
        perAddress: { max: 3, windowMs: 15 * 60_000 },
      },
    });
    await createAccount(database, 'alys', 'staff', null);
    await createAccount(database, 'bryn', 'staff', null);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  // Each attempt costs a real scrypt verification: allow for a busy machine.
  it(
    'after 5 failures for a username answers 429 with Retry-After, even for the right password, until the window ends',
    { timeout: 180_000 },
    async () => {
      for (let i = 0; i < 5; i++) {
        expect((await sign(app, 'alys', `wrong password ${i}`, `10.0.1.${i}`)).statusCode).toBe(
          401,
        );
      }
      const blocked = await sign(app, 'alys', TEST_PASSWORD, '10.0.1.99');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error).toBe('too_many_attempts');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      // Another person is not locked out by it.
      expect((await sign(app, 'bryn', TEST_PASSWORD, '10.0.1.98')).statusCode).toBe(200);
      clock += 15 * 60_000 + 1;
      expect((await sign(app, 'alys', TEST_PASSWORD, '10.0.1.99')).statusCode).toBe(200);
      const audit = await listAudit(database.db, { limit: 100, action: 'sign_in_failed' });
      expect(audit.some((a) => a.details.reason === 'rate_limited')).toBe(true);
    },
  );

  it('limits failures per client address across usernames', { timeout: 120_000 }, async () => {
    for (let i = 0; i < 3; i++) {
      expect((await sign(app, `guess${i}`, 'wrong password', '10.0.2.1')).statusCode).toBe(401);
    }
    expect((await sign(app, 'bryn', TEST_PASSWORD, '10.0.2.1')).statusCode).toBe(429);
    expect((await sign(app, 'bryn', TEST_PASSWORD, '10.0.2.2')).statusCode).toBe(200);
  });
});

describe('cookie flags over HTTPS', () => {
  it('uses the __Host- prefix with Secure when secure cookies are on', async () => {
    const database = await openMigrated(TEST_DATABASES[0]!);
    const app = await buildApp({ database, secureCookies: true });
    await createAccount(database, 'alys', 'staff', null);
    const r = await sign(app, 'alys', TEST_PASSWORD);
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(
      /^__Host-hafan_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/,
    );
    expect(set).not.toMatch(/Domain=/);
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(r) } });
    expect(me.statusCode).toBe(200);
    await app.close();
    await database.close();
  });
});
