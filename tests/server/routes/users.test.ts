import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { listAudit } from '../../../src/server/storage/audit.ts';
import { injectAs, seedPeople, signedInAs, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

const NEW_PASSWORD = 'a kettle on the windowsill';

describe.each(TEST_DATABASES)('accounts and sites, managed by admins, on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let p: TestPeople;

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database });
    p = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const users = async () => (await injectAs(app, p.admin, { url: '/api/users' })).json().users;

  it('creates an account without a password and hands back a one-time setup link', async () => {
    const r = await injectAs(app, p.admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'Ceri', displayName: 'Ceri Jones', role: 'staff', siteId: p.siteId },
    });
    expect(r.statusCode).toBe(201);
    const { user, setupPath } = r.json();
    expect(user).toMatchObject({ username: 'ceri', hasPassword: false, role: 'staff' });
    expect(setupPath).toMatch(/^\/console\/setup#[\w-]{40,}$/);
    const token = setupPath.split('#')[1];
    const setup = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { token, password: NEW_PASSWORD },
    });
    expect(setup.statusCode).toBe(200);
    expect(setup.json().user).toMatchObject({ username: 'ceri', hasPassword: true });
    const audit = await listAudit(database.db, { limit: 20, subject: user.id });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['account_created', 'password_set', 'sign_in']),
    );
  }, 60_000);

  it('changes a role (audited, and the person is signed out to pick up the new rights)', async () => {
    const target = (await users()).find((u: { username: string }) => u.username === 'ceri');
    const ceri = await signedInAs(database, 'ceri');
    const r = await injectAs(app, p.admin, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { role: 'researcher', siteId: null },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ role: 'researcher', siteId: null });
    expect((await injectAs(app, ceri, { url: '/api/auth/me' })).statusCode).toBe(401);
    const audit = await listAudit(database.db, {
      limit: 5,
      action: 'role_changed',
      subject: target.id,
    });
    expect(audit[0]!.details).toEqual({ from: 'staff', to: 'researcher' });
  });

  it('disables and re-enables an account, and resets a password with a new link', async () => {
    const target = (await users()).find((u: { username: string }) => u.username === 'ceri');
    const off = await injectAs(app, p.admin, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { disabled: true },
    });
    expect(off.json().disabled).toBe(true);
    const on = await injectAs(app, p.admin, {
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      payload: { disabled: false },
    });
    expect(on.json().disabled).toBe(false);
    const reset = await injectAs(app, p.admin, {
      method: 'POST',
      url: `/api/users/${target.id}/reset`,
    });
    expect(reset.statusCode).toBe(200);
    const check = await app.inject({
      method: 'POST',
      url: '/api/auth/setup/check',
      payload: { token: reset.json().setupPath.split('#')[1] },
    });
    expect(check.json()).toMatchObject({ username: 'ceri', purpose: 'reset' });
    const actions = (await listAudit(database.db, { limit: 20, subject: target.id })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining(['account_disabled', 'account_enabled', 'password_reset_link']),
    );
  });

  it('will not let an admin lock themself out', async () => {
    const r = await injectAs(app, p.admin, {
      method: 'PATCH',
      url: `/api/users/${p.admin.userId}`,
      payload: { disabled: true },
    });
    expect(r.statusCode).toBe(409);
    expect((await injectAs(app, p.admin, { url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it.each([
    [
      'a bad username',
      'POST',
      '/api/users',
      { username: 'x', displayName: 'X', role: 'staff', siteId: null },
      400,
    ],
    [
      'an unknown role',
      'POST',
      '/api/users',
      { username: 'dai', displayName: 'Dai', role: 'boss', siteId: null },
      400,
    ],
    [
      'staff without a site',
      'POST',
      '/api/users',
      { username: 'dai', displayName: 'Dai', role: 'staff', siteId: null },
      400,
    ],
    [
      'a taken username',
      'POST',
      '/api/users',
      { username: 'ceri', displayName: 'C', role: 'admin', siteId: null },
      409,
    ],
    [
      'an unknown site',
      'POST',
      '/api/users',
      { username: 'dai', displayName: 'Dai', role: 'staff', siteId: crypto.randomUUID() },
      404,
    ],
    ['an empty change', 'PATCH', `/api/users/${crypto.randomUUID()}`, {}, 400],
    ['an unknown user', 'PATCH', `/api/users/${crypto.randomUUID()}`, { disabled: true }, 404],
    ['an unknown field', 'PATCH', `/api/users/${crypto.randomUUID()}`, { password: 'x' }, 400],
    ['an empty site name', 'POST', '/api/sites', { name: '  ' }, 400],
  ] as const)(
    'refuses %s with a clear 4xx and changes nothing',
    async (_n, method, url, payload, status) => {
      const before = await users();
      const beforeSites = (await injectAs(app, p.admin, { url: '/api/sites' })).json();
      const r = await injectAs(app, p.admin, { method, url, payload });
      expect(r.statusCode).toBe(status);
      expect(r.json().message).toBeTruthy();
      expect(await users()).toEqual(before);
      expect((await injectAs(app, p.admin, { url: '/api/sites' })).json()).toEqual(beforeSites);
    },
  );

  it('adds and renames sites; staff see only their own', async () => {
    const add = await injectAs(app, p.admin, {
      method: 'POST',
      url: '/api/sites',
      payload: { name: 'Tŷ Hafod' },
    });
    expect(add.statusCode).toBe(201);
    expect(
      (
        await injectAs(app, p.admin, {
          method: 'POST',
          url: '/api/sites',
          payload: { name: 'tŷ hafod' },
        })
      ).statusCode,
    ).toBe(409);
    const ren = await injectAs(app, p.admin, {
      method: 'PATCH',
      url: `/api/sites/${add.json().id}`,
      payload: { name: 'Tŷ Hafod Care' },
    });
    expect(ren.json().name).toBe('Tŷ Hafod Care');
    const staffSites = (await injectAs(app, p.staff, { url: '/api/sites' })).json().sites;
    expect(staffSites.map((s: { id: string }) => s.id)).toEqual([p.siteId]);
  });
});
