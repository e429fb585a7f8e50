import { z } from 'zod';
import { PATTERNS, type PatternId } from '../breathing/patterns.ts';
import { AVATAR_COLOURS, SOCIAL_SCENE_IDS, type RoomState } from './room.ts';

/**
 * The social room's wire protocol. Control messages are JSON text validated with these schemas on
 * both ends; poses are binary frames (poseCodec.ts). Every text message is small: anything longer
 * than MAX_TEXT_BYTES is refused before it is parsed.
 */

export const SOCIAL_PROTOCOL_VERSION = 1;
export const MAX_TEXT_BYTES = 16 * 1024;

const PATTERN_IDS = Object.keys(PATTERNS) as [PatternId, ...PatternId[]];
export const SocialSceneSchema = z.enum(SOCIAL_SCENE_IDS);
export const AvatarColourSchema = z.enum(AVATAR_COLOURS);
/** A name shown on a label above a head: short, printable, no markup. */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(24)
  .regex(/^[^<>\p{Cc}]+$/u, 'a name cannot contain < > or control characters');

const MemberId = z.string().min(1).max(64);

export const RoomCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('leave') }),
  z.strictObject({ type: z.literal('admit'), memberId: MemberId }),
  z.strictObject({ type: z.literal('remove'), memberId: MemberId }),
  z.strictObject({ type: z.literal('mute'), memberId: MemberId, muted: z.boolean() }),
  z.strictObject({ type: z.literal('self_mute'), muted: z.boolean() }),
  z.strictObject({
    type: z.literal('start_activity'),
    activity: z.enum(['breathing', 'lanterns']),
    pattern: z.enum(PATTERN_IDS).optional(),
  }),
  z.strictObject({ type: z.literal('stop_activity') }),
  z.strictObject({ type: z.literal('release_lantern') }),
  z.strictObject({ type: z.literal('end') }),
]);

/** WebRTC signalling relayed by the server between two seated people; the server sets `from`. */
export const SignalDataSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), sdp: z.string().max(12_000) }),
  z.strictObject({ kind: z.literal('answer'), sdp: z.string().max(12_000) }),
  z.strictObject({
    kind: z.literal('ice'),
    candidate: z.string().max(1000),
    sdpMid: z.string().max(64).nullable(),
    sdpMLineIndex: z.int().min(0).max(64).nullable(),
  }),
]);
export type SignalData = z.infer<typeof SignalDataSchema>;

export const SocialClientMessageSchema = z.discriminatedUnion('t', [
  z.strictObject({
    t: z.literal('join'),
    v: z.literal(SOCIAL_PROTOCOL_VERSION),
    roomId: z.uuid(),
    name: DisplayNameSchema,
    colour: AvatarColourSchema,
    /** Staff at the console may moderate without taking a seat. */
    as: z.enum(['participant', 'moderator']).default('participant'),
    /** The joiner's own session (a resident's headset session), logged to link research data. */
    memberSession: z.uuid().nullable().default(null),
  }),
  z.strictObject({ t: z.literal('cmd'), cmd: RoomCommandSchema }),
  z.strictObject({ t: z.literal('signal'), to: MemberId, data: SignalDataSchema }),
  z.strictObject({ t: z.literal('ping'), clientMs: z.number().finite() }),
]);
export type SocialClientMessage = z.infer<typeof SocialClientMessageSchema>;

/** What everyone sees of a member: no ids of residents beyond the room's own member ids. */
export interface MemberView {
  id: string;
  kind: 'resident' | 'staff' | 'guest';
  name: string;
  colour: (typeof AVATAR_COLOURS)[number];
  status: 'waiting' | 'admitted';
  seat: number | null;
  muted: boolean;
  mutedByStaff: boolean;
}

export interface RoomView {
  id: string;
  scene: (typeof SOCIAL_SCENE_IDS)[number];
  status: RoomState['status'];
  members: MemberView[];
  activity: RoomState['activity'];
  lanterns: string[];
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export type SocialServerMessage =
  | { t: 'welcome'; you: string; seat: number | null; serverNowMs: number; ice: IceServer[] }
  | { t: 'room'; room: RoomView; serverNowMs: number }
  | { t: 'signal'; from: string; data: SignalData }
  | { t: 'pong'; clientMs: number; serverNowMs: number }
  | { t: 'refused'; refusal: string; message: string }
  | { t: 'bye'; reason: 'ended' | 'removed' | 'replaced' };

/** The presence view of a room, as sent to everyone in it. */
export function roomView(state: RoomState): RoomView {
  return {
    id: state.id,
    scene: state.scene,
    status: state.status,
    members: state.members
      .filter((m) => m.status === 'admitted' || m.status === 'waiting')
      .map((m) => ({
        id: m.id,
        kind: m.kind,
        name: m.name,
        colour: m.colour,
        status: m.status as 'waiting' | 'admitted',
        seat: m.seat,
        muted: m.mutedByStaff || m.selfMuted,
        mutedByStaff: m.mutedByStaff,
      })),
    activity: state.activity,
    lanterns: [...state.lanterns],
  };
}

/** HAFAN_ICE_SERVERS: a JSON array of RTCIceServer objects, e.g. a STUN and a TURN server. */
export const IceServersSchema = z
  .array(
    z.strictObject({
      urls: z.union([
        z.string().regex(/^(stun|stuns|turn|turns):/),
        z.array(z.string().regex(/^(stun|stuns|turn|turns):/)).min(1),
      ]),
      username: z.string().max(200).optional(),
      credential: z.string().max(200).optional(),
    }),
  )
  .max(8);
