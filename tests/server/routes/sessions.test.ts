import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

const ID = '3f1c2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c';
const START = {
  id: ID,
  scene: 'beach',
  lengthMin: 5,
  language: 'cy',
  pattern: 'coherent',
  startedAt: '2026-11-22T10:00:00.000Z',
};

describe.each(TEST_DATABASES)('session routes on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let people: TestPeople;
  const post = (url: string, payload: unknown) =>
    app.inject({
      method: 'POST',
      url,
      headers: people.headset.headers,
      payload: payload as object,
    });
  const get = (url: string) => app.inject({ url, headers: people.staff.headers });

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database });
    people = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('stores a start once: 201, then 200 for the same start, 409 for a different one', async () => {
    const first = await post('/api/sessions', START);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ ...START, endedAt: null, endReason: null });
    expect((await post('/api/sessions', START)).statusCode).toBe(200);
    // The same instant written with another offset is the same start.
    expect(
      (await post('/api/sessions', { ...START, startedAt: '2026-11-22T11:00:00+01:00' }))
        .statusCode,
    ).toBe(200);
    const clash = await post('/api/sessions', { ...START, scene: 'garden' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ error: 'conflict' });
  });

  it('records the end once, refuses a different end, and 404s an unknown session', async () => {
    const end = { endedAt: '2026-11-22T10:03:10.000Z', endReason: 'exited_by_resident' };
    const ok = await post(`/api/sessions/${ID}/end`, end);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ endReason: 'exited_by_resident', endedAt: end.endedAt });
    expect((await post(`/api/sessions/${ID}/end`, end)).statusCode).toBe(200);
    expect(
      (await post(`/api/sessions/${ID}/end`, { ...end, endReason: 'completed' })).statusCode,
    ).toBe(409);
    const unknown = await post('/api/sessions/11111111-1111-4111-8111-111111111111/end', end);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'not_found' });
  });

  it('refuses an end before the start', async () => {
    const id = '22222222-2222-4222-8222-222222222222';
    expect(
      (await post('/api/sessions', { ...START, id, startedAt: '2026-11-22T10:01:00Z' })).statusCode,
    ).toBe(201);
    const r = await post(`/api/sessions/${id}/end`, {
      endedAt: '2026-11-22T09:00:00Z',
      endReason: 'completed',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().message).toMatch(/before the session started/);
  });

  it('reads one session and lists recent ones, newest first', async () => {
    const one = await get(`/api/sessions/${ID}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().id).toBe(ID);
    const list = await get('/api/sessions?limit=1');
    expect(list.json().sessions).toHaveLength(1);
    const all = await get('/api/sessions');
    expect(all.json().sessions.map((s: { id: string }) => s.id)).toEqual([
      '22222222-2222-4222-8222-222222222222',
      ID,
    ]);
  });

  it.each([
    ['a malformed uuid in the path', 'GET', '/api/sessions/not-a-uuid', undefined, 400],
    ['a limit out of range', 'GET', '/api/sessions?limit=0', undefined, 400],
    ['an unknown query field', 'GET', '/api/sessions?drop=1', undefined, 400],
    [
      'wrong types',
      'POST',
      '/api/sessions',
      { ...START, id: crypto.randomUUID(), lengthMin: '5' },
      400,
    ],
    [
      'an unsupported length',
      'POST',
      '/api/sessions',
      { ...START, id: crypto.randomUUID(), lengthMin: 7 },
      400,
    ],
    [
      'an unknown field',
      'POST',
      '/api/sessions',
      { ...START, id: crypto.randomUUID(), admin: true },
      400,
    ],
    [
      'a bad end reason',
      'POST',
      `/api/sessions/${ID}/end`,
      { endedAt: '2026-11-22T10:05:00Z', endReason: 'bored' },
      400,
    ],
    [
      'a non-date',
      'POST',
      '/api/sessions',
      { ...START, id: crypto.randomUUID(), startedAt: 'yesterday' },
      400,
    ],
    ['an array body', 'POST', '/api/sessions', [START], 400],
  ] as const)(
    'answers %s with a clear 4xx and changes nothing',
    async (_name, method, url, payload, status) => {
      const before = (await get('/api/sessions?limit=200')).json();
      const r = await app.inject({
        method,
        url,
        headers: method === 'GET' ? people.staff.headers : people.headset.headers,
        ...(payload ? { payload: payload as object } : {}),
      });
      expect(r.statusCode).toBe(status);
      const body = r.json();
      expect(body.error).toBeTruthy();
      expect(body.message).toBeTruthy();
      if (status === 400 && body.issues) expect(body.issues.length).toBeGreaterThan(0);
      expect((await get('/api/sessions?limit=200')).json()).toEqual(before);
    },
  );
});
