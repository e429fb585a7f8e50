import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../../src/core/schemas/accounts.ts';
import { buildApp } from '../../../src/server/app.ts';
import { declaredRoutes } from '../../../src/server/auth/plugin.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, signedInAs, type AuthHeaders, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

/**
 * The authorisation matrix: every route the app registers (found by its onRoute hook, so a new
 * route is covered the moment it exists) is called with no session, as each role, and with a
 * headset token, and the answer is checked against the access it declares: no principal → 401,
 * a principal it does not accept → 403, one it accepts → neither (and never a 5xx).
 */
type Caller = { name: string; kind: Access | 'nobody'; headers: () => Promise<AuthHeaders> };

describe('authorisation matrix over every route', () => {
  let database: Database;
  let app: FastifyInstance;
  let people: TestPeople;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-matrix-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    database = await openMigrated(TEST_DATABASES[0]!);
    app = await buildApp({ database, staticDir: dist });
    people = await seedPeople(app, database);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  // A fresh sign-in session per call, so a sign-out route cannot spoil the calls after it.
  const fresh = (username: () => string) => async () =>
    (await signedInAs(database, username())).headers;
  const callers: Caller[] = [
    { name: 'no session', kind: 'nobody', headers: async () => ({}) },
    { name: 'staff', kind: 'staff', headers: fresh(() => people.staff.username) },
    { name: 'researcher', kind: 'researcher', headers: fresh(() => people.researcher.username) },
    { name: 'admin', kind: 'admin', headers: fresh(() => people.admin.username) },
    { name: 'headset', kind: 'headset', headers: async () => people.otherHeadset.headers },
    {
      name: 'forged headset token',
      kind: 'nobody',
      headers: async () => ({ authorization: `Bearer hfd_${'Z'.repeat(43)}` }),
    },
  ];

  it('covers the routes it should (a sanity check on the enumeration)', () => {
    const names = declaredRoutes(app).map((r) => `${r.method} ${r.url}`);
    for (const r of [
      'GET /api/health',
      'POST /api/sessions',
      'POST /api/headsets/pair',
      'GET /*',
    ]) {
      expect(names).toContain(r);
    }
    expect(names.length).toBeGreaterThan(20);
    expect(declaredRoutes(app).every((r) => r.access && r.access.length > 0)).toBe(true);
  });

  it('answers every route, for every caller, as its declared access says', async () => {
    const failures: string[] = [];
    let calls = 0;
    for (const route of declaredRoutes(app)) {
      const access = route.access!;
      const url = route.url
        .replace(/:[A-Za-z]+/g, '5e0f3c1a-9b8d-4e7f-a6b5-c4d3e2f1a0b9')
        .replace('*', 'some/page');
      for (const caller of callers) {
        const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(route.method);
        const r = await app.inject({
          method: route.method as 'GET',
          url,
          headers: await caller.headers(),
          ...(hasBody ? { payload: {} } : {}),
        });
        calls++;
        const accepted =
          access.includes('public') || (caller.kind !== 'nobody' && access.includes(caller.kind));
        const expected = accepted
          ? 'neither 401 nor 403'
          : caller.kind === 'nobody'
            ? '401'
            : '403';
        const ok = accepted
          ? r.statusCode !== 401 && r.statusCode !== 403
          : r.statusCode === (caller.kind === 'nobody' ? 401 : 403);
        if (!ok || r.statusCode >= 500) {
          failures.push(
            `${route.method} ${route.url} as ${caller.name}: ${r.statusCode}, expected ${expected}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(100);
  });
});
