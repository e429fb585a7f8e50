import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

const RESIDENT = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const OTHER = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const SESSION = '3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a';
const DAY = 86_400_000;

describe.each(TEST_DATABASES)('periodic measures due on $name', (t) => {
  const h = {} as { app: FastifyInstance; database: Database; people: TestPeople };
  beforeAll(async () => {
    h.database = await openMigrated(t);
    h.app = await buildApp({ database: h.database, followUpDays: 28 });
    h.people = await seedPeople(h.app, h.database);
    const SITE = h.people.siteId;
    const { db } = h.database;
    await db
      .insertInto('residents')
      .values([
        {
          id: RESIDENT,
          site_id: SITE,
          code: 'R-01',
          label: null,
          consent_at: null,
          erased_at: null,
        },
        { id: OTHER, site_id: SITE, code: 'R-02', label: null, consent_at: null, erased_at: null },
      ])
      .execute();
    const startedAt = new Date(Date.now() - 40 * DAY).toISOString();
    await db
      .insertInto('sessions')
      .values({
        id: SESSION,
        scene: 'beach',
        length_min: 5,
        language: 'en',
        pattern: 'coherent',
        started_at: startedAt,
        ended_at: null,
        end_reason: null,
        site_id: SITE,
        headset_id: null,
        resident_id: RESIDENT,
      })
      .execute();
  });
  afterAll(async () => {
    await h.app.close();
    await h.database.close();
  });
  const due = async (
    resident: string,
    query = '',
    who: 'staff' | 'otherStaff' | 'admin' | 'headset' | 'researcher' = 'staff',
  ) => {
    const r = await h.app.inject({
      url: `/api/residents/${resident}/measures/due${query}`,
      headers: h.people[who].headers,
    });
    return { status: r.statusCode, body: r.json() };
  };
  const postMeasure = (instrumentId: string, daysAgo: number, answers: object[]) =>
    h.app.inject({
      method: 'POST',
      url: '/api/measures',
      headers: h.people.staff.headers,
      payload: {
        id: crypto.randomUUID(),
        sessionId: SESSION,
        instrumentId,
        instrumentVersion: '1.0.0',
        timing: 'baseline',
        respondent: 'staff',
        answers,
        answeredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
      },
    });

  it('asks for a baseline of every periodic instrument when none is on record', async () => {
    const r = await due(RESIDENT);
    expect(r.status).toBe(200);
    expect(r.body.followUpDays).toBe(28);
    expect(r.body.instruments.map((i: { due: unknown }) => i.due)).toEqual([
      { instrumentId: 'ons4', timing: 'baseline', lastAt: null },
      { instrumentId: 'ucla3', timing: 'baseline', lastAt: null },
      { instrumentId: 'ons_loneliness', timing: 'baseline', lastAt: null },
    ]);
  });

  it('after a baseline, says nothing is due until the follow-up interval has passed', async () => {
    expect(
      (
        await postMeasure('ucla3', 30, [
          { linkId: 'companionship', value: 1 },
          { linkId: 'left_out', value: 1 },
          { linkId: 'isolated', value: 2 },
        ])
      ).statusCode,
    ).toBe(201);
    expect(
      (await postMeasure('ons_loneliness', 3, [{ linkId: 'lonely', value: 4 }])).statusCode,
    ).toBe(201);
    const r = await due(RESIDENT);
    const byId = Object.fromEntries(
      r.body.instruments.map((i: { instrumentId: string }) => [i.instrumentId, i]),
    );
    expect(byId.ucla3.due).toMatchObject({ instrumentId: 'ucla3', timing: 'follow_up' });
    expect(byId.ons_loneliness.due).toBeNull();
    expect(Date.parse(byId.ons_loneliness.nextDueAt)).toBeGreaterThan(Date.now() + 24 * DAY);
    // A longer interval for this question: ucla3 is not due yet either.
    const longer = await due(RESIDENT, '?followUpDays=60');
    expect(longer.body.instruments[1].due).toBeNull();
    // Another resident's record is their own.
    expect((await due(OTHER)).body.instruments[1].due.timing).toBe('baseline');
  });

  it("answers staff of the resident's site and admins; others are refused or told it is unknown", async () => {
    expect((await due(RESIDENT, '', 'admin')).status).toBe(200);
    expect((await due(RESIDENT, '', 'otherStaff')).status).toBe(404);
    expect((await due(RESIDENT, '', 'headset')).status).toBe(403);
    expect((await due(RESIDENT, '', 'researcher')).status).toBe(403);
    const anonymous = await h.app.inject(`/api/residents/${RESIDENT}/measures/due`);
    expect(anonymous.statusCode).toBe(401);
  });

  it.each([
    ['an unknown resident', () => due('4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b'), 404],
    ['a resident id that is not a UUID', () => due('R-01'), 400],
    ['a zero interval', () => due(RESIDENT, '?followUpDays=0'), 400],
    ['a non-numeric interval', () => due(RESIDENT, '?followUpDays=soon'), 400],
    ['an unknown query parameter', () => due(RESIDENT, '?all=1'), 400],
  ])('refuses %s with a clear 4xx', async (_what, call, status) => {
    const r = await call();
    expect(r.status).toBe(status);
    expect(r.body.message).toBeTruthy();
  });
});
