import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from '../auth.ts';
import { openMigrated, TEST_DATABASES } from '../databases.ts';

describe.each(TEST_DATABASES)('social room routes on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let people: TestPeople;

  beforeAll(async () => {
    database = await openMigrated(t);
    app = await buildApp({ database });
    people = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (url: string, headers: Record<string, string>, payload?: object) =>
    app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });

  async function countRows() {
    const n = async (table: 'social_rooms' | 'social_invites' | 'social_guests') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [await n('social_rooms'), await n('social_invites'), await n('social_guests')];
  }

  it('staff open rooms for their own site; others are refused and nothing changes', async () => {
    const made = await post('/api/social/rooms', people.staff.headers, { scene: 'tea-party' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ room: { siteId: people.siteId, scene: 'tea-party' } });
    const before = await countRows();
    expect((await post('/api/social/rooms', {}, { scene: 'campfire' })).statusCode).toBe(401);
    expect(
      (await post('/api/social/rooms', people.headset.headers, { scene: 'campfire' })).statusCode,
    ).toBe(403);
    expect(
      (await post('/api/social/rooms', people.researcher.headers, { scene: 'campfire' }))
        .statusCode,
    ).toBe(403);
    const badScene = await post('/api/social/rooms', people.staff.headers, { scene: 'disco' });
    expect(badScene.statusCode).toBe(400);
    expect(badScene.json()).toMatchObject({ error: 'invalid_input' });
    expect(
      (await post('/api/social/rooms', people.staff.headers, { scene: 'campfire', extra: 1 }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await post('/api/social/rooms', people.staff.headers, {
          scene: 'campfire',
          siteId: people.otherSiteId,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await post('/api/social/rooms', people.admin.headers, { scene: 'campfire' })).statusCode,
    ).toBe(400);
    const noCsrf = await post(
      '/api/social/rooms',
      { cookie: people.staff.cookie },
      { scene: 'campfire' },
    );
    expect(noCsrf.statusCode).toBe(403);
    expect(await countRows()).toEqual(before);
  });

  it('invitations: made by staff of the room’s site, redeemed once per guest, cancelled for good', async () => {
    const { room } = (
      await post('/api/social/rooms', people.staff.headers, { scene: 'campfire' })
    ).json() as {
      room: { id: string };
    };
    const other = await post(`/api/social/rooms/${room.id}/invites`, people.otherStaff.headers, {});
    expect(other.statusCode).toBe(404);
    expect(
      (await post(`/api/social/rooms/${room.id}/invites`, people.staff.headers, { ttlMin: 1 }))
        .statusCode,
    ).toBe(400);
    const made = await post(`/api/social/rooms/${room.id}/invites`, people.staff.headers, {
      ttlMin: 60,
      label: 'Huw’s son',
    });
    expect(made.statusCode).toBe(201);
    const { invite, path } = made.json() as { invite: { id: string; code: string }; path: string };
    expect(path).toBe(`/join#${invite.code}`);

    const listed = await app.inject({
      url: `/api/social/rooms/${room.id}/invites`,
      headers: people.staff.headers,
    });
    expect(JSON.stringify(listed.json())).not.toContain(invite.code.replace('-', ''));

    const joined = await post('/api/social/join', {}, { code: invite.code, name: 'Rhys' });
    expect(joined.statusCode).toBe(201);
    const { token, roomId } = joined.json() as { token: string; roomId: string };
    expect(roomId).toBe(room.id);
    // the guest reaches their own room only
    const own = await app.inject({
      url: `/api/social/rooms/${room.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(own.statusCode).toBe(200);
    const { room: another } = (
      await post('/api/social/rooms', people.staff.headers, { scene: 'tea-party' })
    ).json() as {
      room: { id: string };
    };
    const elsewhere = await app.inject({
      url: `/api/social/rooms/${another.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(elsewhere.statusCode).toBe(404);
    expect(
      (await post('/api/social/rooms', { authorization: `Bearer ${token}` }, { scene: 'campfire' }))
        .statusCode,
    ).toBe(403);

    // cancelling: the code stops working, and so does the guest's pass
    const revoked = await post(
      `/api/social/rooms/${room.id}/invites/${invite.id}/revoke`,
      people.staff.headers,
    );
    expect(revoked.statusCode).toBe(200);
    expect(
      (await post('/api/social/join', {}, { code: invite.code, name: 'Rhys' })).statusCode,
    ).toBe(410);
    const after = await app.inject({
      url: `/api/social/rooms/${room.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('joining: bad bodies are 400, wrong codes are limited per address (429), names are checked', async () => {
    expect((await post('/api/social/join', {}, { code: 'ABCD-EFGH' })).statusCode).toBe(400);
    expect(
      (await post('/api/social/join', {}, { code: 'ABCD-EFGH', name: '<script>' })).statusCode,
    ).toBe(400);
    expect(
      (await post('/api/social/join', {}, { code: 'ABCD-EFGH', name: 'x'.repeat(40) })).statusCode,
    ).toBe(400);
    const before = await countRows();
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = (await post('/api/social/join', {}, { code: 'ZZZZ-ZZZ2', name: 'Guess' })).statusCode;
    }
    expect(last).toBe(429);
    expect(await countRows()).toEqual(before);
  });

  it('ending a room ends its session and refuses new guests', async () => {
    const { room } = (
      await post('/api/social/rooms', people.staff.headers, { scene: 'tea-party' })
    ).json() as {
      room: { id: string; sessionId: string };
    };
    const { invite } = (
      await post(`/api/social/rooms/${room.id}/invites`, people.staff.headers, {})
    ).json() as {
      invite: { code: string };
    };
    expect(
      (await post(`/api/social/rooms/${room.id}/end`, people.otherStaff.headers)).statusCode,
    ).toBe(404);
    const ended = await post(`/api/social/rooms/${room.id}/end`, people.staff.headers);
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ room: { endedAt: expect.any(String) } });
    const session = await database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', room.sessionId)
      .executeTakeFirstOrThrow();
    expect(session.end_reason).toBe('completed');
    const late = await app.inject({
      method: 'POST',
      url: '/api/social/join',
      remoteAddress: '10.0.0.9',
      payload: { code: invite.code, name: 'Late' },
    });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({ error: 'invite_room_ended' });
  });
});
