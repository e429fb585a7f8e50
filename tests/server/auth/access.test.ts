import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { PAIRING_TTL_MS } from '../../../src/server/storage/headsets.ts';
import { injectAs, pairTestHeadset, seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

const start = (id = crypto.randomUUID()) => ({
  id,
  scene: 'beach',
  lengthMin: 5,
  language: 'en',
  pattern: 'coherent',
  startedAt: new Date(Date.now() - 60_000).toISOString(),
});

describe.each(TEST_DATABASES)('access, CSRF and headset tokens on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let p: TestPeople;
  let clock = Date.now();

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database, now: () => clock });
    p = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const sessionCount = async () =>
    (await database.db.selectFrom('sessions').select('id').execute()).length;

  it('answers 401 with no principal and 403 for the wrong kind or role', async () => {
    expect((await app.inject('/api/sessions')).statusCode).toBe(401);
    expect((await app.inject('/api/sessions')).json().error).toBe('unauthenticated');
    expect((await injectAs(app, p.headset, { url: '/api/sessions' })).statusCode).toBe(403);
    const asStaff = await injectAs(app, p.staff, {
      method: 'POST',
      url: '/api/headsets',
      payload: { name: 'Sneaky', siteId: p.siteId },
    });
    expect(asStaff.statusCode).toBe(403);
    expect(asStaff.json().error).toBe('forbidden');
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });

  it('needs x-csrf-token on cookie-authenticated writes, and changes nothing without it', async () => {
    const before = await sessionCount();
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: p.staff.cookie },
      payload: start(),
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error).toBe('csrf_failed');
    const wrongToken = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie: p.staff.cookie, 'x-csrf-token': p.otherStaff.csrfToken },
      payload: start(),
    });
    expect(wrongToken.statusCode).toBe(403);
    expect(await sessionCount()).toBe(before);
    const ok = await injectAs(app, p.staff, {
      method: 'POST',
      url: '/api/sessions',
      payload: start(),
    });
    expect(ok.statusCode).toBe(201);
    // Reads need no token.
    expect(
      (await app.inject({ url: '/api/sessions', headers: { cookie: p.staff.cookie } })).statusCode,
    ).toBe(200);
  });

  it('refuses a state-changing request from another origin, and accepts its own', async () => {
    const foreign = await injectAs(app, p.staff, {
      method: 'POST',
      url: '/api/sessions',
      headers: { origin: 'https://evil.example' },
      payload: start(),
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error).toBe('bad_origin');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { origin: 'null' },
      payload: { username: p.staff.username, password: 'x' },
    });
    expect(signIn.statusCode).toBe(403);
    const own = await injectAs(app, p.staff, {
      method: 'POST',
      url: '/api/sessions',
      headers: { origin: 'http://localhost:80', host: 'localhost:80' },
      payload: start(),
    });
    expect(own.statusCode).toBe(201);
  });

  it('lets a headset record with its bearer token and no CSRF token; the session is its own', async () => {
    const s = start();
    const r = await injectAs(app, p.headset, { method: 'POST', url: '/api/sessions', payload: s });
    expect(r.statusCode).toBe(201);
    const row = await database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ site_id: p.siteId, headset_id: p.headset.headsetId });
    // Another headset may not end it, or add events to it; the same start from it conflicts.
    const end = { endedAt: new Date().toISOString(), endReason: 'completed' };
    const other = await injectAs(app, p.otherHeadset, {
      method: 'POST',
      url: `/api/sessions/${s.id}/end`,
      payload: end,
    });
    expect(other.statusCode).toBe(403);
    const events = await injectAs(app, p.otherHeadset, {
      method: 'POST',
      url: '/api/events/batch',
      payload: {
        events: [
          {
            id: crypto.randomUUID(),
            sessionId: s.id,
            tMs: 1,
            at: new Date().toISOString(),
            type: 'completed',
            data: {},
          },
        ],
      },
    });
    expect(events.statusCode).toBe(403);
    expect(
      (await injectAs(app, p.otherHeadset, { method: 'POST', url: '/api/sessions', payload: s }))
        .statusCode,
    ).toBe(409);
    expect(
      (await database.db.selectFrom('events').select('id').where('session_id', '=', s.id).execute())
        .length,
    ).toBe(0);
    // Its own headset ends it.
    expect(
      (
        await injectAs(app, p.headset, {
          method: 'POST',
          url: `/api/sessions/${s.id}/end`,
          payload: end,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('keeps each site to itself: staff elsewhere neither list nor open its sessions', async () => {
    const s = start();
    await injectAs(app, p.headset, { method: 'POST', url: '/api/sessions', payload: s });
    const mine = (await injectAs(app, p.staff, { url: '/api/sessions?limit=200' })).json().sessions;
    expect(mine.map((x: { id: string }) => x.id)).toContain(s.id);
    const theirs = (await injectAs(app, p.otherStaff, { url: '/api/sessions?limit=200' })).json()
      .sessions;
    expect(theirs.map((x: { id: string }) => x.id)).not.toContain(s.id);
    expect((await injectAs(app, p.otherStaff, { url: `/api/sessions/${s.id}` })).statusCode).toBe(
      404,
    );
    expect(
      (await injectAs(app, p.otherStaff, { url: `/api/sessions/${s.id}/events` })).statusCode,
    ).toBe(404);
    expect((await injectAs(app, p.admin, { url: `/api/sessions/${s.id}` })).statusCode).toBe(200);
    const headsets = (await injectAs(app, p.otherStaff, { url: '/api/headsets' })).json().headsets;
    expect(headsets).toEqual([]);
  });

  it('refuses forged, malformed and revoked device tokens with 401', async () => {
    for (const authorization of [
      'Bearer hfd_' + 'A'.repeat(43),
      'Bearer ' + p.headset.token.slice(0, -2) + 'xx',
      'Bearer',
      'Basic dXNlcjpwYXNz',
      `Bearer ${p.headset.token} extra`,
      'Bearer hfg_' + 'B'.repeat(43),
    ]) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/sessions',
        headers: { authorization },
        payload: start(),
      });
      expect(r.statusCode, authorization).toBe(401);
    }
    const victim = await pairTestHeadset(app, p.admin, p.siteId, 'To be revoked');
    expect((await injectAs(app, victim, { url: '/api/headsets/me' })).json()).toMatchObject({
      name: 'To be revoked',
    });
    const revoke = await injectAs(app, p.admin, {
      method: 'POST',
      url: `/api/headsets/${victim.headsetId}/revoke`,
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().status).toBe('revoked');
    expect((await injectAs(app, victim, { url: '/api/headsets/me' })).statusCode).toBe(401);
    expect(
      (await injectAs(app, victim, { method: 'POST', url: '/api/sessions', payload: start() }))
        .statusCode,
    ).toBe(401);
  });

  it('pairing codes work once and expire after 15 minutes; the name shows on the headset', async () => {
    const added = await injectAs(app, p.admin, {
      method: 'POST',
      url: '/api/headsets',
      payload: { name: 'Oak Lounge 9', siteId: p.siteId },
    });
    expect(added.statusCode).toBe(201);
    const { code, headset } = added.json();
    expect(code).toMatch(/^\d{8}$/);
    expect(headset.status).toBe('awaiting_pairing');
    const stored = await database.db
      .selectFrom('headsets')
      .selectAll()
      .where('id', '=', headset.id)
      .executeTakeFirstOrThrow();
    expect(stored.pairing_code_hash).not.toContain(code);
    const pair = (c: string) =>
      app.inject({ method: 'POST', url: '/api/headsets/pair', payload: { code: c } });
    const ok = await pair(`${code.slice(0, 4)} ${code.slice(4)}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().headset).toMatchObject({ name: 'Oak Lounge 9', siteId: p.siteId });
    expect(ok.json().token).toMatch(/^hfd_/);
    expect((await pair(code)).statusCode).toBe(400);

    const again = await injectAs(app, p.admin, {
      method: 'POST',
      url: `/api/headsets/${headset.id}/pairing-code`,
    });
    clock += PAIRING_TTL_MS + 1;
    const late = await pair(again.json().code);
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toBe('code_invalid');
    clock = Date.now();
  });

  it('refuses an app with a route that declares no access', async () => {
    const bad = await buildApp({ database });
    bad.get('/api/undeclared', async () => ({ secret: true }));
    await expect(bad.ready()).rejects.toThrow(/config\.access.*GET \/api\/undeclared/);
    await bad.close().catch(() => undefined);
  });
});

describe('pairing guesses', () => {
  it('are rate-limited per address (429 with Retry-After)', async () => {
    const database = await openMigrated(TEST_DATABASES[0]!);
    const app = await buildApp({ database });
    const guess = () =>
      app.inject({
        method: 'POST',
        url: '/api/headsets/pair',
        payload: { code: '00000000' },
        remoteAddress: '10.9.9.9',
      });
    for (let i = 0; i < 10; i++) expect((await guess()).statusCode).toBe(400);
    const r = await guess();
    expect(r.statusCode).toBe(429);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
    await database.close();
  });
});
