import { z } from 'zod';
import { PATTERN_IDS, type PatternId } from '../breathing/patterns.ts';
import {
  AVATAR_COLOURS,
  MAX_MEMBER_RECORDS,
  type RoomLogEntry,
  type RoomMember,
  type RoomState,
} from './room.ts';
import { MAX_SEATS } from './seats.ts';

/**
 * What of a room survives a server restart, stored as JSON beside the room's row after every
 * change. Kept: who has been in the room (so staff-admitted guests are not sent back to the
 * waiting room, people get their own seat back, and a staff mute stays on), and the shared moment
 * with its start time (the group's breathing carries on on the same clock). Not kept: who is
 * connected (the sockets are gone), voice (WebRTC media is peer-to-peer and must be renegotiated),
 * poses (perishable at 15 Hz), rate-limit buckets, and lanterns (a lantern goes with its person
 * when they leave, and a restart makes everyone leave until they reconnect).
 */

const SNAPSHOT_VERSION = 1;
const Seat = z.number().int().min(1).max(MAX_SEATS);

const MemberSnapshotSchema = z.strictObject({
  id: z.string().min(1).max(80),
  kind: z.enum(['resident', 'staff', 'guest']),
  name: z.string().max(80),
  colour: z.enum(AVATAR_COLOURS),
  status: z.enum(['waiting', 'admitted', 'left', 'removed']),
  seat: Seat.nullable(),
  lastSeat: Seat.nullable(),
  mutedByStaff: z.boolean(),
  selfMuted: z.boolean(),
  joinedAtMs: z.number().int().nonnegative(),
  everAdmitted: z.boolean(),
});

export const RoomSnapshotSchema = z.strictObject({
  v: z.literal(SNAPSHOT_VERSION),
  members: z.array(MemberSnapshotSchema).max(MAX_MEMBER_RECORDS),
  activity: z
    .strictObject({
      kind: z.enum(['breathing', 'lanterns']),
      startAtMs: z.number().int().nonnegative(),
      pattern: z.enum(PATTERN_IDS as [PatternId, ...PatternId[]]).nullable(),
    })
    .nullable(),
});
export type RoomSnapshot = z.infer<typeof RoomSnapshotSchema>;

export function snapshotOf(state: RoomState): RoomSnapshot {
  return {
    v: SNAPSHOT_VERSION,
    members: state.members.map((m) => ({ ...m })),
    activity: state.activity ? { ...state.activity } : null,
  };
}

/** The stored JSON as a snapshot, or null if it is missing or not one (the room starts afresh). */
export function parseSnapshot(json: string | null): RoomSnapshot | null {
  if (!json) return null;
  try {
    const r = RoomSnapshotSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * A freshly started server's view of a room it held before: everyone who was present has left
 * (logged, so research never counts a phantom presence), keeping their seat, admission and mutes
 * for when they reconnect a moment later.
 */
export function restoreRoom(
  fresh: RoomState,
  snapshot: RoomSnapshot,
): { state: RoomState; log: RoomLogEntry[] } {
  const log: RoomLogEntry[] = [];
  const members = snapshot.members.map((m): RoomMember => {
    if (m.status !== 'admitted' && m.status !== 'waiting') return m;
    log.push({ type: 'social_left', memberId: m.id, kind: m.kind, reason: 'server_restart' });
    return { ...m, status: 'left', seat: null, lastSeat: m.seat ?? m.lastSeat };
  });
  return { state: { ...fresh, members, activity: snapshot.activity, lanterns: [] }, log };
}
