import type { PatternId } from '../breathing/patterns.ts';
import { mayPerform, type RoomActor } from './permissions.ts';
import { depart, findMember, join, refuse, seatMember, withMember } from './roomMembership.ts';
import { MAX_SEATS } from './seats.ts';

export { MAX_MEMBER_RECORDS, MAX_WAITING, findMember, waitingMembers } from './roomMembership.ts';

/**
 * A social room as a pure state machine. The server holds one RoomState per open room and feeds
 * every command through `applyRoomCommand`; the answer is the next state plus the log entries to
 * store as session events (so research can count social time), or a refusal that changes nothing.
 *
 *   guest joins ──► waiting ──(staff admits)──► admitted (seat) ──► left | removed
 *   resident / staff join ─────────────────────► admitted (seat)
 *   room: open ──(staff ends)──► ended (everyone leaves; nothing more is accepted)
 */

export const SOCIAL_SCENE_IDS = ['tea-party', 'campfire'] as const;
export type SocialSceneId = (typeof SOCIAL_SCENE_IDS)[number];

export const AVATAR_COLOURS = [
  'rose',
  'amber',
  'sunflower',
  'sage',
  'teal',
  'sky',
  'lavender',
  'plum',
] as const;
export type AvatarColour = (typeof AVATAR_COLOURS)[number];

export type MemberKind = 'resident' | 'staff' | 'guest';
export type MemberStatus = 'waiting' | 'admitted' | 'left' | 'removed';

export interface RoomMember {
  /** The principal's id: headset id, staff user id, or guest id. */
  id: string;
  kind: MemberKind;
  name: string;
  colour: AvatarColour;
  status: MemberStatus;
  seat: number | null;
  /** The seat held before leaving, offered again on return. */
  lastSeat: number | null;
  mutedByStaff: boolean;
  selfMuted: boolean;
  joinedAtMs: number;
  /** True once staff admitted this person (a returning guest is not sent back to wait). */
  everAdmitted: boolean;
}

export type ActivityKind = 'breathing' | 'lanterns';

export interface RoomActivity {
  kind: ActivityKind;
  /** Server wall-clock ms at which the activity starts for everyone (one clock, in step). */
  startAtMs: number;
  pattern: PatternId | null;
}

export interface RoomState {
  id: string;
  siteId: string;
  scene: SocialSceneId;
  status: 'open' | 'ended';
  members: readonly RoomMember[];
  activity: RoomActivity | null;
  /** Members whose lantern is on the water during the current lantern activity. */
  lanterns: readonly string[];
  createdAtMs: number;
  endedAtMs: number | null;
}

/** Group moments start a few seconds ahead so every device is ready on the same breath. */
export const ACTIVITY_LEAD_MS = 3000;

export type RoomCommand =
  | { type: 'join'; name: string; colour: AvatarColour }
  | { type: 'leave' }
  | { type: 'admit'; memberId: string }
  | { type: 'remove'; memberId: string }
  | { type: 'mute'; memberId: string; muted: boolean }
  | { type: 'self_mute'; muted: boolean }
  | { type: 'start_activity'; activity: ActivityKind; pattern?: PatternId }
  | { type: 'stop_activity' }
  | { type: 'release_lantern' }
  | { type: 'end' };

export type RoomCommandType = RoomCommand['type'];

export type RoomLogEntry =
  | {
      type: 'social_joined';
      memberId: string;
      kind: MemberKind;
      seat: number | null;
      waiting: boolean;
    }
  | { type: 'social_admitted'; memberId: string; by: string; seat: number }
  | {
      type: 'social_left';
      memberId: string;
      kind: MemberKind;
      /** Set when the server restarted while they were here (see roomSnapshot.ts). */
      reason?: 'server_restart';
    }
  | { type: 'social_removed'; memberId: string; by: string }
  | { type: 'social_muted'; memberId: string; by: string; muted: boolean; self: boolean }
  | { type: 'social_activity'; activity: ActivityKind | 'stopped'; by: string; startAtMs: number }
  | { type: 'social_lantern'; memberId: string }
  | { type: 'social_ended'; by: string };

export type RoomRefusal =
  | 'forbidden'
  | 'wrong_room'
  | 'not_member'
  | 'not_admitted'
  | 'no_such_member'
  | 'room_full'
  | 'waiting_room_full'
  | 'removed'
  | 'room_ended'
  | 'no_activity';

export type RoomResult =
  | { ok: true; state: RoomState; log: RoomLogEntry[] }
  | { ok: false; refusal: RoomRefusal; message: string };

export function createRoom(init: {
  id: string;
  siteId: string;
  scene: SocialSceneId;
  nowMs: number;
}): RoomState {
  return {
    id: init.id,
    siteId: init.siteId,
    scene: init.scene,
    status: 'open',
    members: [],
    activity: null,
    lanterns: [],
    createdAtMs: init.nowMs,
    endedAtMs: null,
  };
}

export function isMuted(m: RoomMember): boolean {
  return m.mutedByStaff || m.selfMuted;
}

/** Everyone seated now, in seat order. */
export function presentMembers(state: RoomState): RoomMember[] {
  return state.members
    .filter((m) => m.status === 'admitted')
    .sort((a, b) => (a.seat ?? 0) - (b.seat ?? 0));
}

/**
 * Applies one command from `actor`. Pure: the same state, actor, command and time always give the
 * same answer, and a refusal leaves the room exactly as it was.
 */
export function applyRoomCommand(
  state: RoomState,
  actor: RoomActor,
  cmd: RoomCommand,
  nowMs: number,
): RoomResult {
  const allowed = mayPerform(actor, state, cmd.type);
  if (!allowed.ok) return refuse(allowed.refusal, allowed.message);
  if (state.status === 'ended') return refuse('room_ended', 'this room has ended');
  if (cmd.type === 'join') return join(state, actor, cmd, nowMs);

  const self = findMember(state, actor.id);
  switch (cmd.type) {
    case 'leave': {
      if (!self || (self.status !== 'admitted' && self.status !== 'waiting')) {
        return refuse('not_member', 'you are not in this room');
      }
      return {
        ok: true,
        state: depart(state, self, 'left'),
        log: [{ type: 'social_left', memberId: self.id, kind: self.kind }],
      };
    }
    case 'self_mute': {
      if (!self || self.status !== 'admitted') return refuse('not_admitted', 'you are not seated');
      if (self.selfMuted === cmd.muted) return { ok: true, state, log: [] };
      return {
        ok: true,
        state: withMember(state, { ...self, selfMuted: cmd.muted }),
        log: [
          { type: 'social_muted', memberId: self.id, by: actor.id, muted: cmd.muted, self: true },
        ],
      };
    }
    case 'release_lantern': {
      if (!self || self.status !== 'admitted') return refuse('not_admitted', 'you are not seated');
      if (state.activity?.kind !== 'lanterns') return refuse('no_activity', 'no lanterns just now');
      if (state.lanterns.includes(self.id)) return { ok: true, state, log: [] };
      return {
        ok: true,
        state: { ...state, lanterns: [...state.lanterns, self.id] },
        log: [{ type: 'social_lantern', memberId: self.id }],
      };
    }
    case 'admit': {
      const m = findMember(state, cmd.memberId);
      if (!m || m.status !== 'waiting')
        return refuse('no_such_member', 'nobody by that id is waiting');
      const seated = seatMember(state, m);
      if (!seated) return refuse('room_full', `all ${MAX_SEATS} places are taken`);
      return {
        ok: true,
        state: withMember(state, seated),
        log: [{ type: 'social_admitted', memberId: m.id, by: actor.id, seat: seated.seat! }],
      };
    }
    case 'remove': {
      const m = findMember(state, cmd.memberId);
      if (!m || m.status === 'removed')
        return refuse('no_such_member', 'nobody by that id is here');
      return {
        ok: true,
        state: depart(state, m, 'removed'),
        log: [{ type: 'social_removed', memberId: m.id, by: actor.id }],
      };
    }
    case 'mute': {
      const m = findMember(state, cmd.memberId);
      if (!m || m.status !== 'admitted')
        return refuse('no_such_member', 'nobody by that id is seated');
      if (m.mutedByStaff === cmd.muted) return { ok: true, state, log: [] };
      return {
        ok: true,
        state: withMember(state, { ...m, mutedByStaff: cmd.muted }),
        log: [
          { type: 'social_muted', memberId: m.id, by: actor.id, muted: cmd.muted, self: false },
        ],
      };
    }
    case 'start_activity': {
      const startAtMs = nowMs + ACTIVITY_LEAD_MS;
      const activity: RoomActivity = {
        kind: cmd.activity,
        startAtMs,
        pattern: cmd.activity === 'breathing' ? (cmd.pattern ?? 'coherent') : null,
      };
      return {
        ok: true,
        state: { ...state, activity, lanterns: [] },
        log: [{ type: 'social_activity', activity: cmd.activity, by: actor.id, startAtMs }],
      };
    }
    case 'stop_activity': {
      if (!state.activity) return { ok: true, state, log: [] };
      return {
        ok: true,
        state: { ...state, activity: null, lanterns: [] },
        log: [{ type: 'social_activity', activity: 'stopped', by: actor.id, startAtMs: nowMs }],
      };
    }
    case 'end': {
      let next: RoomState = state;
      const log: RoomLogEntry[] = [];
      for (const m of state.members) {
        if (m.status === 'admitted' || m.status === 'waiting') {
          next = depart(next, m, 'left');
          log.push({ type: 'social_left', memberId: m.id, kind: m.kind });
        }
      }
      log.push({ type: 'social_ended', by: actor.id });
      return {
        ok: true,
        state: { ...next, status: 'ended', activity: null, lanterns: [], endedAtMs: nowMs },
        log,
      };
    }
  }
}

/** Whether a member may put poses and voice into the room: only when seated. */
export function maySendMedia(state: RoomState, memberId: string): boolean {
  return state.status === 'open' && findMember(state, memberId)?.status === 'admitted';
}
