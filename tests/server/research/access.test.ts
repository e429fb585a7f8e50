import { beforeAll, describe, expect, it } from 'vitest';
import { declaredRoutes } from '../../../src/server/auth/plugin.ts';
import type { TestPeople } from '../auth.ts';
import { researchFixture } from './fixture.ts';
import { TEST_DATABASES } from '../databases.ts';
import { STUDY } from './dataset.ts';
import { peopleOf } from './roles.ts';

/**
 * Who may reach research data: researchers only for the dashboard and exports; admins only for
 * study keys, the audit log, erasure and retention. Staff, headsets and nobody reach neither, and
 * researchers reach no admin or account route.
 */
const ID = 'ae000000-0000-4000-8000-000000000003';
const url = (u: string) =>
  u
    .replace(':id', u.includes('study-keys') ? STUDY.id : ID)
    .replace('/export', '/export?format=json');

describe.each(TEST_DATABASES)('access to research routes on $name', (t) => {
  const fx = researchFixture(t, { studyKey: true, app: true });
  let people: TestPeople;
  beforeAll(async () => {
    people = await peopleOf(fx.app, fx.database);
  });

  const mine = () =>
    declaredRoutes(fx.app).filter(
      (r) => r.url.startsWith('/api/research/') || r.url.startsWith('/api/admin/'),
    );

  it('declares researcher-only research routes and admin-only admin routes', () => {
    const routes = mine();
    expect(routes.length).toBeGreaterThanOrEqual(14);
    for (const r of routes) {
      expect(r.access, `${r.method} ${r.url}`).toEqual(
        r.url.startsWith('/api/research/') ? ['researcher'] : ['admin'],
      );
    }
  });

  it('answers 401 without sign-in and 403 to every other role, and changes nothing', async () => {
    const auditBefore = (await fx.database.db.selectFrom('audit_log').select('id').execute())
      .length;
    for (const r of mine()) {
      if (r.method === 'HEAD') continue;
      const allowed = r.url.startsWith('/api/research/') ? 'researcher' : 'admin';
      const body = r.method === 'GET' ? {} : { payload: {} };
      const none = await fx.app.inject({ method: r.method as 'GET', url: url(r.url), ...body });
      expect(none.statusCode, `nobody ${r.method} ${r.url}`).toBe(401);
      const others = [
        people.staff,
        people.headset,
        allowed === 'admin' ? people.researcher : people.admin,
      ];
      for (const who of others) {
        const res = await fx.app.inject({
          method: r.method as 'GET',
          url: url(r.url),
          headers: who.headers,
          ...body,
        });
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
        expect(res.body).not.toContain('secret');
      }
    }
    const auditAfter = (await fx.database.db.selectFrom('audit_log').select('id').execute()).length;
    expect(auditAfter).toBe(auditBefore);
    expect(
      await fx.database.db
        .selectFrom('residents')
        .select('id')
        .where('erased_at', 'is not', null)
        .execute(),
    ).toHaveLength(1);
  });

  it('lets a researcher export but never read the key, the audit log or accounts', async () => {
    const r = people.researcher.headers;
    expect(
      (await fx.app.inject({ url: '/api/research/export?format=json', headers: r })).statusCode,
    ).toBe(200);
    for (const path of [
      `/api/admin/study-keys/${STUDY.id}/secret`,
      '/api/admin/study-keys',
      '/api/admin/audit',
      '/api/admin/research',
      '/api/headsets',
    ]) {
      const res = await fx.app.inject({ url: path, headers: r });
      expect(res.statusCode, path).toBe(403);
    }
    // No research answer carries a key, a resident code, a staff account or a site's residents.
    const options = await fx.app.inject({ url: '/api/research/options', headers: r });
    expect(options.body).not.toMatch(/secret|password|username/);
    const accountRoutes = declaredRoutes(fx.app).filter((x) =>
      /\/api\/(users|residents|accounts)/.test(x.url),
    );
    for (const x of accountRoutes)
      expect(x.access, `${x.method} ${x.url}`).not.toContain('researcher');
  });

  it('writes the signed-in researcher into the export audit row', async () => {
    await fx.app.inject({
      url: '/api/research/export?format=csv&table=sessions',
      headers: people.researcher.headers,
    });
    const row = await fx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'export')
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_kind: 'user', actor_id: people.researcher.userId });
  });
});
