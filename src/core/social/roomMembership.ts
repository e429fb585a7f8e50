import type { RoomActor } from './permissions.ts';
import type { RoomCommand, RoomMember, RoomRefusal, RoomResult, RoomState } from './room.ts';
import { chooseSeat, MAX_SEATS } from './seats.ts';

/**
 * Who is in a room: joining (straight to a seat, or to the waiting room for a guest), seating,
 * leaving, and the bounded presence history. Pure helpers for room.ts's state machine.
 */

/** More waiting than this is refused: the waiting room cannot be flooded. */
export const MAX_WAITING = 8;
/** Departed members kept for the presence history before the oldest are forgotten. */
export const MAX_MEMBER_RECORDS = 48;

export function findMember(state: RoomState, id: string): RoomMember | undefined {
  return state.members.find((m) => m.id === id);
}

export function waitingMembers(state: RoomState): RoomMember[] {
  return state.members.filter((m) => m.status === 'waiting');
}

export function refuse(refusal: RoomRefusal, message: string): RoomResult {
  return { ok: false, refusal, message };
}

function takenSeats(state: RoomState): Set<number> {
  const taken = new Set<number>();
  for (const m of state.members) if (m.status === 'admitted' && m.seat) taken.add(m.seat);
  return taken;
}

export function withMember(state: RoomState, member: RoomMember): RoomState {
  // Replace in place, so the presence list keeps its order of arrival.
  const at = state.members.findIndex((m) => m.id === member.id);
  let members =
    at >= 0 ? state.members.map((m, i) => (i === at ? member : m)) : [...state.members, member];
  if (members.length > MAX_MEMBER_RECORDS) {
    const drop = members.find((m) => m.status === 'left' || m.status === 'removed');
    if (drop) members = members.filter((m) => m !== drop);
  }
  return { ...state, members };
}

export function seatMember(state: RoomState, member: RoomMember): RoomMember | null {
  const seat = chooseSeat(takenSeats(state), member.lastSeat);
  if (seat === null) return null;
  return { ...member, status: 'admitted', seat, lastSeat: seat, everAdmitted: true };
}

export function join(
  state: RoomState,
  actor: RoomActor,
  cmd: Extract<RoomCommand, { type: 'join' }>,
  nowMs: number,
): RoomResult {
  const existing = findMember(state, actor.id);
  if (existing?.status === 'removed') return refuse('removed', 'staff removed you from this room');
  if (existing && (existing.status === 'admitted' || existing.status === 'waiting')) {
    // A second connection of someone already here: a refresh. Keep their place.
    return { ok: true, state, log: [] };
  }
  const base: RoomMember = existing
    ? { ...existing, name: cmd.name, colour: cmd.colour }
    : {
        id: actor.id,
        kind: actor.kind,
        name: cmd.name,
        colour: cmd.colour,
        status: 'waiting',
        seat: null,
        lastSeat: null,
        mutedByStaff: false,
        selfMuted: false,
        joinedAtMs: nowMs,
        everAdmitted: false,
      };
  const mustWait = actor.kind === 'guest' && !base.everAdmitted;
  if (mustWait) {
    if (waitingMembers(state).length >= MAX_WAITING) {
      return refuse('waiting_room_full', 'the waiting room is full; try again shortly');
    }
    const member: RoomMember = { ...base, status: 'waiting', seat: null, joinedAtMs: nowMs };
    return {
      ok: true,
      state: withMember(state, member),
      log: [
        {
          type: 'social_joined',
          memberId: member.id,
          kind: member.kind,
          seat: null,
          waiting: true,
        },
      ],
    };
  }
  const seated = seatMember(state, { ...base, joinedAtMs: nowMs });
  if (!seated) return refuse('room_full', `all ${MAX_SEATS} places are taken`);
  return {
    ok: true,
    state: withMember(state, seated),
    log: [
      {
        type: 'social_joined',
        memberId: seated.id,
        kind: seated.kind,
        seat: seated.seat,
        waiting: false,
      },
    ],
  };
}

export function depart(
  state: RoomState,
  member: RoomMember,
  status: 'left' | 'removed',
): RoomState {
  const next = withMember(state, { ...member, status, seat: null });
  return { ...next, lanterns: next.lanterns.filter((id) => id !== member.id) };
}
