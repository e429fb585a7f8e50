import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomActor } from '../../../src/core/social/permissions.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { SocialRooms } from '../../../src/server/social/rooms.ts';
import { openMigrated, TEST_DATABASES } from '../databases.ts';
import { FakeSocket, until } from './fakeSocket.ts';

const SITE = 'site-social-restart';

/** Two SocialRooms over one database: the second is the server after a restart. */
describe.each(TEST_DATABASES)('social rooms across a server restart on $name', (t) => {
  let database: Database;
  let now = 1_800_000_000_000;

  beforeAll(async () => {
    database = await openMigrated(t);
    await database.db
      .insertInto('sites')
      .values({ id: SITE, name: `Ty Hafan ${t.name}` })
      .execute();
  });
  afterAll(async () => database.close());

  const server = () => new SocialRooms({ database, now: () => now, log: () => {} });

  async function connect(rooms: SocialRooms, actor: RoomActor, roomId: string, extra = {}) {
    const socket = new FakeSocket();
    const conn = rooms.attach(actor, socket);
    conn.onText(
      JSON.stringify({ t: 'join', v: 1, roomId, name: actor.id, colour: 'teal', ...extra }),
    );
    await until(() => socket.texts.some((m) => m.t === 'room' || m.t === 'refused'));
    return { socket, conn };
  }
  const cmd = (c: { conn: { onText(s: string): void } }, command: object) =>
    c.conn.onText(JSON.stringify({ t: 'cmd', cmd: command }));

  it('keeps seats, admissions, staff mutes and the shared moment; logs who was there as left', async () => {
    const before = server();
    const live = await before.createRoom({ siteId: SITE, scene: 'tea-party', createdBy: 's1' });
    const roomId = live.record.id;
    const staff: RoomActor = { kind: 'staff', id: 's1', siteId: SITE };
    const resident: RoomActor = { kind: 'resident', id: 'headset-a', siteId: SITE };
    const guest: RoomActor = { kind: 'guest', id: 'guest-a', roomId };
    const waiter: RoomActor = { kind: 'guest', id: 'guest-b', roomId };

    const mod = await connect(before, staff, roomId, { as: 'moderator' });
    const res = await connect(before, resident, roomId);
    const gst = await connect(before, guest, roomId);
    cmd(mod, { type: 'admit', memberId: 'guest-a' });
    await until(() => res.socket.last('room')?.room.members.length === 2);
    await until(() => before.liveRoom(roomId)?.state.members[1]?.status === 'admitted');
    const guestSeat = before.liveRoom(roomId)!.state.members[1]!.seat;
    await connect(before, waiter, roomId);
    cmd(mod, { type: 'mute', memberId: 'guest-a', muted: true });
    cmd(mod, { type: 'start_activity', activity: 'breathing', pattern: 'box' });
    await until(() => before.liveRoom(roomId)?.state.activity !== null);
    const activity = before.liveRoom(roomId)!.state.activity;
    expect(gst.socket.last('room')?.room.members[1]?.mutedByStaff).toBe(true);
    await before.flush();

    // The process dies: no leave is sent. A new one starts on the same database.
    now += 20_000;
    const after = server();
    const back = await connect(after, guest, roomId);
    expect(back.socket.last('welcome')).toMatchObject({ you: 'guest-a', seat: guestSeat });
    const room = after.liveRoom(roomId)!.state;
    expect(room.activity).toEqual(activity);
    const g = room.members.find((m) => m.id === 'guest-a')!;
    expect(g).toMatchObject({ status: 'admitted', seat: guestSeat, mutedByStaff: true });
    // those not yet back are not shown as present; the guest who was waiting must wait again
    expect(room.members.find((m) => m.id === 'headset-a')?.status).toBe('left');
    const again = await connect(after, waiter, roomId);
    expect(again.socket.last('welcome')).toMatchObject({ seat: null });
    const res2 = await connect(after, resident, roomId);
    expect(res2.socket.last('welcome')).toMatchObject({ seat: 1 });
    await after.flush();

    const events = await database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('session_id', '=', live.record.sessionId)
      .where('type', '=', 'social_left')
      .execute();
    expect(events.map((e) => JSON.parse(e.data) as unknown)).toEqual(
      expect.arrayContaining([
        { member: 'headset-a', memberKind: 'resident', reason: 'server_restart' },
        { member: 'guest-a', memberKind: 'guest', reason: 'server_restart' },
        { member: 'guest-b', memberKind: 'guest', reason: 'server_restart' },
      ]),
    );
    expect(events).toHaveLength(3);
  });

  it('an ended room stays ended after a restart, and unreadable stored state starts afresh', async () => {
    const before = server();
    const ended = await before.createRoom({ siteId: SITE, scene: 'campfire', createdBy: null });
    const staff: RoomActor = { kind: 'staff', id: 's1', siteId: SITE };
    await before.command(ended, staff, { type: 'end' });
    const broken = await before.createRoom({ siteId: SITE, scene: 'campfire', createdBy: null });
    await database.db
      .updateTable('social_rooms')
      .set({ state_json: '{"v":99,"members":"nonsense"}' })
      .where('id', '=', broken.record.id)
      .execute();

    const after = server();
    expect(await after.room(ended.record.id)).toBeNull();
    const fresh = await after.room(broken.record.id);
    expect(fresh?.state).toMatchObject({ status: 'open', members: [], activity: null });
  });
});
