import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../../src/core/protocol/messages.ts';
import { SessionPlanSchema } from '../../../src/core/schemas/sessionPlan.ts';
import { AVATAR_COLOURS } from '../../../src/core/social/room.ts';
import { colourFor, roomName, roomPath } from '../../../src/core/social/roomPlan.ts';

const ROOM = '2b0f7e0e-4c7a-4d0e-9d59-1f6f2e3a4b5c';
const plan = {
  scene: 'tea-party',
  lengthMin: 15,
  language: 'cy',
  pattern: 'scene_default',
  measures: [],
  residentId: null,
};

describe('a social room in the session plan', () => {
  it('is optional: a relaxation plan without it is as before', () => {
    const p = SessionPlanSchema.parse({ ...plan, scene: 'beach' });
    expect(p.room).toBeUndefined();
  });

  it('carries the room, its scene, the name and colour; bad ones are refused', () => {
    const room = { roomId: ROOM, scene: 'tea-party', name: 'Mair', colour: 'rose' };
    expect(SessionPlanSchema.parse({ ...plan, room }).room).toEqual(room);
    for (const bad of [
      { ...room, roomId: 'not-a-uuid' },
      { ...room, scene: 'beach' },
      { ...room, name: '<b>Mair</b>' },
      { ...room, name: '' },
      { ...room, colour: 'black' },
      { ...room, extra: 1 },
    ]) {
      expect(SessionPlanSchema.safeParse({ ...plan, room: bad }).success).toBe(false);
      expect(
        CommandSchema.safeParse({ kind: 'prepare', plan: { ...plan, room: bad } }).success,
      ).toBe(false);
    }
  });
});

describe('room plan helpers', () => {
  it('gives a person the same colour every time, spread over the palette', () => {
    expect(colourFor('resident-1')).toBe(colourFor('resident-1'));
    const seen = new Set(Array.from({ length: 64 }, (_, i) => colourFor(`resident-${i}`)));
    expect(seen.size).toBeGreaterThanOrEqual(6);
    for (const c of seen) expect(AVATAR_COLOURS).toContain(c);
  });

  it('makes a room name from a staff label: no markup, at most 24 characters, else the fallback', () => {
    expect(roomName('  Mair  ', 'Friend')).toBe('Mair');
    expect(roomName('<Mair>', 'Friend')).toBe('Mair');
    expect(roomName(null, 'Rose Lounge')).toBe('Rose Lounge');
    expect(roomName('   ', 'Friend')).toBe('Friend');
    expect(roomName('Margaret Elizabeth Williams-Jones', 'x')).toHaveLength(24);
  });

  it('opens the room page with the name, colour and language', () => {
    const url = new URL(
      roomPath({ roomId: ROOM, scene: 'campfire', name: 'Siôn ap Rhys', colour: 'sage' }, 'cy'),
      'https://hafan.test',
    );
    expect(url.pathname).toBe(`/room/${ROOM}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      name: 'Siôn ap Rhys',
      colour: 'sage',
      lang: 'cy',
      from: 'console',
    });
  });
});
