import type { RoomCommandType, RoomState } from './room.ts';

/**
 * Who may do what in a social room. Staff moderate; residents and guests take part. A guest is
 * bound to the one room their invite named, and always starts in the waiting room.
 */

export type RoomActor =
  | {
      kind: 'staff';
      id: string;
      /** null: an admin or researcher with every site. */ siteId: string | null;
    }
  | { kind: 'resident'; id: string; siteId: string }
  | { kind: 'guest'; id: string; roomId: string };

/** Commands only staff may give. */
export const STAFF_COMMANDS: ReadonlySet<RoomCommandType> = new Set([
  'admit',
  'remove',
  'mute',
  'start_activity',
  'stop_activity',
  'end',
]);

/** What anyone present may do for themselves. */
export const MEMBER_COMMANDS: ReadonlySet<RoomCommandType> = new Set([
  'join',
  'leave',
  'self_mute',
  'release_lantern',
]);

export type Permission =
  { ok: true } | { ok: false; refusal: 'forbidden' | 'wrong_room'; message: string };

/** Whether `actor` may reach `room` at all: their own site's rooms, or a guest's one room. */
export function mayReachRoom(actor: RoomActor, room: Pick<RoomState, 'id' | 'siteId'>): Permission {
  if (actor.kind === 'guest') {
    return actor.roomId === room.id
      ? { ok: true }
      : { ok: false, refusal: 'wrong_room', message: 'this invite is for another room' };
  }
  if (actor.kind === 'staff' && actor.siteId === null) return { ok: true };
  return actor.siteId === room.siteId
    ? { ok: true }
    : { ok: false, refusal: 'wrong_room', message: 'this room belongs to another site' };
}

export function mayPerform(
  actor: RoomActor,
  room: Pick<RoomState, 'id' | 'siteId'>,
  command: RoomCommandType,
): Permission {
  const reach = mayReachRoom(actor, room);
  if (!reach.ok) return reach;
  if (MEMBER_COMMANDS.has(command)) return { ok: true };
  if (STAFF_COMMANDS.has(command) && actor.kind === 'staff') return { ok: true };
  return {
    ok: false,
    refusal: 'forbidden',
    message: `only staff may ${command.replace('_', ' ')}`,
  };
}
