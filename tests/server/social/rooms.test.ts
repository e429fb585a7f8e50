import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomActor } from '../../../src/core/social/permissions.ts';
import {
  createPoseSample,
  decodePose,
  encodePose,
  POSE_FRAME_BYTES,
} from '../../../src/core/social/poseCodec.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { SocialRooms } from '../../../src/server/social/rooms.ts';
import { openMigrated, TEST_DATABASES } from '../databases.ts';
import { FakeSocket, until } from './fakeSocket.ts';

const SITE = 'site-social-test';

function pose(x: number, seat = 0): Uint8Array {
  const s = createPoseSample();
  s.values[0] = x;
  s.seat = seat;
  return encodePose(s, new Uint8Array(POSE_FRAME_BYTES));
}

describe.each(TEST_DATABASES)('social rooms service on $name', (t) => {
  let database: Database;
  let now = 1_800_000_000_000;
  let rooms: SocialRooms;

  beforeAll(async () => {
    database = await openMigrated(t);
    await database.db
      .insertInto('sites')
      .values({ id: SITE, name: `Oak House ${t.name}` })
      .execute();
    rooms = new SocialRooms({ database, now: () => now, log: () => {} });
  });
  afterAll(async () => {
    await rooms.flush();
    await database.close();
  });

  async function connect(actor: RoomActor, roomId: string, name: string, extra: object = {}) {
    const socket = new FakeSocket();
    const conn = rooms.attach(actor, socket);
    conn.onText(JSON.stringify({ t: 'join', v: 1, roomId, name, colour: 'sage', ...extra }));
    await until(() => socket.texts.some((m) => m.t === 'room' || m.t === 'refused'));
    return { socket, conn };
  }

  it('runs a room: waiting room, admit, poses relayed with the true seat, mute, end; all logged', async () => {
    const live = await rooms.createRoom({ siteId: SITE, scene: 'campfire', createdBy: 'staff-1' });
    const roomId = live.record.id;
    const staff: RoomActor = { kind: 'staff', id: 'staff-1', siteId: SITE };
    const resident: RoomActor = { kind: 'resident', id: 'headset-1', siteId: SITE };
    const guest: RoomActor = { kind: 'guest', id: 'guest-1', roomId };

    const mod = await connect(staff, roomId, 'Ceri', { as: 'moderator' });
    const res = await connect(resident, roomId, 'Mair', {
      memberSession: '7d1f2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c',
    });
    expect(res.socket.last('welcome')).toMatchObject({ you: 'headset-1', seat: 1 });
    const gst = await connect(guest, roomId, 'Siân');
    expect(gst.socket.last('welcome')).toMatchObject({ seat: null });

    // waiting: the guest's poses go nowhere, and the resident sees them waiting
    gst.conn.onBinary(pose(0.5));
    expect(res.socket.binaries).toHaveLength(0);
    expect(res.socket.last('room')?.room.members.map((m) => [m.name, m.status])).toEqual([
      ['Mair', 'admitted'],
      ['Siân', 'waiting'],
    ]);

    // a guest cannot admit themselves
    gst.conn.onText(JSON.stringify({ t: 'cmd', cmd: { type: 'admit', memberId: 'guest-1' } }));
    await until(() => gst.socket.texts.some((m) => m.t === 'refused'));
    expect(gst.socket.last('refused')).toMatchObject({ refusal: 'forbidden' });

    mod.conn.onText(JSON.stringify({ t: 'cmd', cmd: { type: 'admit', memberId: 'guest-1' } }));
    await until(
      () => gst.socket.last('room')?.room.members.find((m) => m.id === 'guest-1')?.seat === 5,
    );

    // a pose claiming to be seat 1 arrives stamped with the sender's real seat (5)
    gst.conn.onBinary(pose(0.25, 1));
    expect(res.socket.binaries).toHaveLength(1);
    const got = decodePose(res.socket.binaries[0]!);
    expect(got.seat).toBe(5);
    expect(got.values[0]).toBeCloseTo(0.25, 3);
    expect(gst.socket.binaries).toHaveLength(0);

    mod.conn.onText(
      JSON.stringify({ t: 'cmd', cmd: { type: 'mute', memberId: 'headset-1', muted: true } }),
    );
    await until(() => res.socket.last('room')?.room.members[0]?.mutedByStaff === true);

    now += 60_000;
    mod.conn.onText(JSON.stringify({ t: 'cmd', cmd: { type: 'end' } }));
    await until(() => res.socket.closed !== null && gst.socket.closed !== null);
    expect(res.socket.last('bye')).toEqual({ t: 'bye', reason: 'ended' });
    await rooms.flush();

    const events = await database.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('session_id', '=', live.record.sessionId)
      .orderBy('received_at')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'social_joined',
      'social_joined',
      'social_admitted',
      'social_muted',
      'social_left',
      'social_left',
      'social_ended',
    ]);
    expect(JSON.parse(events[0]!.data)).toMatchObject({
      member: 'headset-1',
      memberKind: 'resident',
      memberSession: '7d1f2a4e-8b7d-4c6e-9a1b-2d3e4f5a6b7c',
    });
    const session = await database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', live.record.sessionId)
      .executeTakeFirstOrThrow();
    expect(session).toMatchObject({ scene: 'campfire', end_reason: 'completed', site_id: SITE });
  });

  it('refuses bad input and floods while the room carries on', async () => {
    const live = await rooms.createRoom({ siteId: SITE, scene: 'tea-party', createdBy: null });
    const roomId = live.record.id;
    const a = await connect({ kind: 'resident', id: 'headset-a', siteId: SITE }, roomId, 'Alun');
    const b = await connect({ kind: 'resident', id: 'headset-b', siteId: SITE }, roomId, 'Bet');
    const before = { ...rooms.stats };

    // malformed and oversized frames: dropped, counted
    a.conn.onBinary(new Uint8Array(10));
    a.conn.onBinary(new Uint8Array(100_000));
    const wrongKind = pose(0);
    wrongKind[0] = 0;
    a.conn.onBinary(wrongKind);
    expect(rooms.stats.badFrames - before.badFrames).toBe(3);
    expect(b.socket.binaries).toHaveLength(0);

    // malformed and oversized text
    a.conn.onText('{not json');
    a.conn.onText(JSON.stringify({ t: 'cmd', cmd: { type: 'explode' } }));
    a.conn.onText('x'.repeat(20_000));
    await until(() => a.socket.texts.filter((m) => m.t === 'refused').length >= 3);

    // a pose flood: only the bucket's worth gets through
    for (let i = 0; i < 500; i++) a.conn.onBinary(pose(0.01 * (i % 100)));
    expect(b.socket.binaries.length).toBeGreaterThan(10);
    expect(b.socket.binaries.length).toBeLessThanOrEqual(31);

    // a guest of another room cannot get in; a headset of another site neither
    const stranger = await connect(
      { kind: 'guest', id: 'guest-x', roomId: 'e1b7c0de-0000-4000-8000-000000000000' },
      roomId,
      'X',
    );
    expect(stranger.socket.last('refused')).toMatchObject({ refusal: 'wrong_room' });
    const elsewhere = await connect(
      { kind: 'resident', id: 'h-other', siteId: 'other-site' },
      roomId,
      'Y',
    );
    expect(elsewhere.socket.last('refused')).toMatchObject({ refusal: 'wrong_room' });

    // signalling only between seated members; the sender is set by the server
    a.conn.onText(
      JSON.stringify({ t: 'signal', to: 'headset-b', data: { kind: 'offer', sdp: 'v=0' } }),
    );
    await until(() => b.socket.texts.some((m) => m.t === 'signal'));
    expect(b.socket.last('signal')).toEqual({
      t: 'signal',
      from: 'headset-a',
      data: { kind: 'offer', sdp: 'v=0' },
    });
    a.conn.onText(
      JSON.stringify({ t: 'signal', to: 'guest-x', data: { kind: 'answer', sdp: 'v=0' } }),
    );
    await until(() => a.socket.last('refused')?.refusal === 'not_in_voice');

    // and the room still works
    now += 1000;
    const count = b.socket.binaries.length;
    a.conn.onBinary(pose(0.3));
    expect(b.socket.binaries.length).toBe(count + 1);
    a.conn.onClose();
    await until(() => b.socket.last('room')?.room.members.length === 1);
  });

  it('a newer connection of the same person replaces the older one without leaving', async () => {
    const live = await rooms.createRoom({ siteId: SITE, scene: 'campfire', createdBy: null });
    const actor: RoomActor = { kind: 'resident', id: 'headset-r', siteId: SITE };
    const first = await connect(actor, live.record.id, 'Rhys');
    const second = await connect(actor, live.record.id, 'Rhys');
    expect(first.socket.closed?.code).toBe(4000);
    first.conn.onClose();
    await new Promise((r) => setTimeout(r, 20));
    expect(second.socket.last('room')?.room.members).toHaveLength(1);
    expect(live.state.members[0]?.status).toBe('admitted');
  });
});
