import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoomActor } from '../../../src/core/social/permissions.ts';
import {
  applyRoomCommand,
  createRoom,
  findMember,
  MAX_WAITING,
  maySendMedia,
  presentMembers,
  type RoomCommand,
  type RoomState,
} from '../../../src/core/social/room.ts';
import { seatToRoom, seatTransform, SEAT_FILL_ORDER } from '../../../src/core/social/seats.ts';

const ROOM = '3f0c1f3a-9c55-4b53-9a4d-2f1a4a5e8c01';
const OTHER_ROOM = '9d2e6b10-1111-4c1e-8f00-000000000002';
const staff: RoomActor = { kind: 'staff', id: 'staff-1', siteId: 'site-a' };
const resident = (n: number): RoomActor => ({
  kind: 'resident',
  id: `headset-${n}`,
  siteId: 'site-a',
});
const guest = (n: number, roomId = ROOM): RoomActor => ({
  kind: 'guest',
  id: `guest-${n}`,
  roomId,
});

function room(): RoomState {
  return createRoom({ id: ROOM, siteId: 'site-a', scene: 'campfire', nowMs: 1000 });
}

function run(state: RoomState, actor: RoomActor, cmd: RoomCommand, now = 2000): RoomState {
  const r = applyRoomCommand(state, actor, cmd, now);
  if (!r.ok) throw new Error(`${r.refusal}: ${r.message}`);
  return r.state;
}

const join = (name: string): RoomCommand => ({ type: 'join', name, colour: 'teal' });

describe('room state machine', () => {
  it('seats residents and staff on arrival, spread round the circle, all facing the centre', () => {
    let s = run(room(), resident(1), join('Mair'));
    s = run(s, resident(2), join('Huw'));
    s = run(s, staff, join('Ceri'));
    expect(presentMembers(s).map((m) => m.seat)).toEqual([1, 3, 5]);
    expect(findMember(s, 'headset-2')?.seat).toBe(5);
    for (const seat of SEAT_FILL_ORDER) {
      const t = seatTransform(seat, 2);
      // one metre forward from the seat is one metre closer to the centre
      const p = seatToRoom(t, 0, -1, [0, 0]);
      expect(Math.hypot(p[0], p[1])).toBeCloseTo(1, 6);
    }
  });

  it('puts a guest in the waiting room until staff admit them, and logs each step', () => {
    let s = run(room(), resident(1), join('Mair'));
    const waiting = applyRoomCommand(s, guest(1), join('Siân'), 2000);
    expect(waiting.ok && waiting.log).toEqual([
      { type: 'social_joined', memberId: 'guest-1', kind: 'guest', seat: null, waiting: true },
    ]);
    s = waiting.ok ? waiting.state : s;
    expect(findMember(s, 'guest-1')?.status).toBe('waiting');
    expect(maySendMedia(s, 'guest-1')).toBe(false);
    const admitted = applyRoomCommand(s, staff, { type: 'admit', memberId: 'guest-1' }, 2500);
    expect(admitted.ok && admitted.log).toEqual([
      { type: 'social_admitted', memberId: 'guest-1', by: 'staff-1', seat: 5 },
    ]);
    s = admitted.ok ? admitted.state : s;
    expect(maySendMedia(s, 'guest-1')).toBe(true);
  });

  it('a returning admitted guest keeps their seat; a removed one cannot come back', () => {
    let s = run(room(), guest(1), join('Siân'));
    s = run(s, staff, { type: 'admit', memberId: 'guest-1' });
    s = run(s, guest(1), { type: 'leave' });
    s = run(s, guest(1), join('Siân'));
    expect(findMember(s, 'guest-1')).toMatchObject({ status: 'admitted', seat: 1 });
    s = run(s, staff, { type: 'remove', memberId: 'guest-1' });
    const back = applyRoomCommand(s, guest(1), join('Siân'), 3000);
    expect(back).toMatchObject({ ok: false, refusal: 'removed' });
  });

  it('refuses a ninth seat and a flood of waiting guests, changing nothing', () => {
    let s = room();
    for (let i = 0; i < 8; i++) s = run(s, resident(i), join(`R${i}`));
    expect(applyRoomCommand(s, resident(9), join('R9'), 3000)).toMatchObject({
      ok: false,
      refusal: 'room_full',
    });
    for (let i = 0; i < MAX_WAITING; i++) s = run(s, guest(i), join(`G${i}`));
    const before = s;
    expect(applyRoomCommand(s, guest(99), join('G99'), 3000)).toMatchObject({
      refusal: 'waiting_room_full',
    });
    expect(applyRoomCommand(s, staff, { type: 'admit', memberId: 'guest-0' }, 3000)).toMatchObject({
      refusal: 'room_full',
    });
    expect(s).toBe(before);
  });

  it('mutes: staff can mute anyone; a person can mute themselves; both are logged', () => {
    let s = run(room(), resident(1), join('Mair'));
    const muted = applyRoomCommand(
      s,
      staff,
      { type: 'mute', memberId: 'headset-1', muted: true },
      2100,
    );
    expect(muted.ok && muted.log).toEqual([
      { type: 'social_muted', memberId: 'headset-1', by: 'staff-1', muted: true, self: false },
    ]);
    s = muted.ok ? muted.state : s;
    // unmuting yourself does not undo a staff mute
    s = run(s, resident(1), { type: 'self_mute', muted: true });
    s = run(s, resident(1), { type: 'self_mute', muted: false });
    expect(findMember(s, 'headset-1')).toMatchObject({ mutedByStaff: true, selfMuted: false });
  });

  it('starts shared moments on one clock a little ahead, and lanterns once each', () => {
    let s = run(room(), resident(1), join('Mair'));
    s = run(s, staff, { type: 'start_activity', activity: 'breathing' }, 10_000);
    expect(s.activity).toEqual({ kind: 'breathing', startAtMs: 13_000, pattern: 'coherent' });
    expect(applyRoomCommand(s, resident(1), { type: 'release_lantern' }, 11_000)).toMatchObject({
      refusal: 'no_activity',
    });
    s = run(s, staff, { type: 'start_activity', activity: 'lanterns' }, 20_000);
    s = run(s, resident(1), { type: 'release_lantern' });
    s = run(s, resident(1), { type: 'release_lantern' });
    expect(s.lanterns).toEqual(['headset-1']);
  });

  it('ending the room sends everyone away and refuses anything after', () => {
    let s = run(room(), resident(1), join('Mair'));
    s = run(s, guest(1), join('Siân'));
    const ended = applyRoomCommand(s, staff, { type: 'end' }, 5000);
    expect(ended.ok && ended.log.map((e) => e.type)).toEqual([
      'social_left',
      'social_left',
      'social_ended',
    ]);
    s = ended.ok ? ended.state : s;
    expect(s.status).toBe('ended');
    expect(presentMembers(s)).toEqual([]);
    expect(applyRoomCommand(s, resident(2), join('Huw'), 6000)).toMatchObject({
      refusal: 'room_ended',
    });
  });
});

describe('permissions', () => {
  const staffOnly: RoomCommand[] = [
    { type: 'admit', memberId: 'guest-2' },
    { type: 'remove', memberId: 'headset-1' },
    { type: 'mute', memberId: 'headset-1', muted: true },
    { type: 'start_activity', activity: 'lanterns' },
    { type: 'stop_activity' },
    { type: 'end' },
  ];

  it('a guest (even admitted) and a resident cannot send commands', () => {
    let s = run(room(), resident(1), join('Mair'));
    s = run(s, guest(1), join('Siân'));
    s = run(s, staff, { type: 'admit', memberId: 'guest-1' });
    s = run(s, guest(2), join('Tom'));
    for (const cmd of staffOnly) {
      for (const actor of [guest(1), guest(2), resident(1)]) {
        const r = applyRoomCommand(s, actor, cmd, 3000);
        expect(r).toMatchObject({ ok: false, refusal: 'forbidden' });
      }
      expect(applyRoomCommand(s, staff, cmd, 3000).ok).toBe(true);
    }
  });

  it('a guest cannot join another room; staff and headsets only reach their own site', () => {
    const other = createRoom({ id: OTHER_ROOM, siteId: 'site-a', scene: 'tea-party', nowMs: 0 });
    expect(applyRoomCommand(other, guest(1), join('Siân'), 1)).toMatchObject({
      refusal: 'wrong_room',
    });
    const elsewhere = createRoom({
      id: OTHER_ROOM,
      siteId: 'site-b',
      scene: 'tea-party',
      nowMs: 0,
    });
    expect(applyRoomCommand(elsewhere, resident(1), join('Mair'), 1)).toMatchObject({
      refusal: 'wrong_room',
    });
    expect(applyRoomCommand(elsewhere, staff, { type: 'end' }, 1)).toMatchObject({
      refusal: 'wrong_room',
    });
    const admin: RoomActor = { kind: 'staff', id: 'admin', siteId: null };
    expect(applyRoomCommand(elsewhere, admin, { type: 'end' }, 1).ok).toBe(true);
  });

  it('no sequence of guest actions gets a guest seated without staff', () => {
    const guestCommands: RoomCommand[] = [
      join('Siân'),
      { type: 'leave' },
      { type: 'self_mute', muted: true },
      { type: 'release_lantern' },
      { type: 'admit', memberId: 'guest-1' },
      { type: 'admit', memberId: 'guest-2' },
      { type: 'mute', memberId: 'headset-1', muted: true },
      { type: 'end' },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 2 }), fc.constantFrom(...guestCommands)), {
          maxLength: 30,
        }),
        (steps) => {
          let s = run(room(), resident(1), join('Mair'));
          for (const [g, cmd] of steps) {
            const r = applyRoomCommand(s, guest(g), cmd, 2000);
            if (r.ok) s = r.state;
          }
          expect(s.status).toBe('open');
          expect(presentMembers(s).map((m) => m.id)).toEqual(['headset-1']);
          expect(findMember(s, 'headset-1')?.mutedByStaff).toBe(false);
        },
      ),
    );
  });
});
