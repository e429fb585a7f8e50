import { z } from 'zod';
import { SessionPlanSchema } from '../schemas/sessionPlan.ts';
import { LangSchema, SceneIdSchema } from '../schemas/session.ts';

/**
 * The hub's wire protocol: JSON text frames, each `{ v, type, … }`. The server and every client
 * parse with these same schemas; a frame that does not parse is answered with an `error` frame
 * and changes nothing. Binary frames belong to channels (see hub/channels on the server).
 */

export const PROTOCOL_VERSION = 1;
/** Largest text or binary frame the hub accepts; a larger one closes the connection (1009). */
export const MAX_FRAME_BYTES = 16 * 1024;

const V = z.literal(PROTOCOL_VERSION);
const Id = z.uuid();
const Ms = z
  .number()
  .finite()
  .min(0)
  .max(24 * 3600_000);
/** Epoch milliseconds (either clock): bounded so a forged number cannot overflow arithmetic. */
const EpochMs = z.number().finite().min(0).max(8.64e15);

export const HeadsetStateSchema = z.enum(['idle', 'ready', 'in_session']);
export type HeadsetState = z.infer<typeof HeadsetStateSchema>;
// 'room': a headset in a social room (no timeline of its own).
export const StepSchema = z.enum(['intro', 'practice', 'outro', 'room']);

/** What a headset tells the hub about itself, about once a second and on every change. */
export const HeadsetStatusSchema = z.strictObject({
  state: HeadsetStateSchema,
  paused: z.boolean(),
  /** The resident is being faded out (left, ended by staff, or the session is complete). */
  leaving: z.boolean(),
  sessionId: Id.nullable(),
  scene: SceneIdSchema.nullable(),
  step: StepSchema.nullable(),
  elapsedMs: Ms.nullable(),
  remainingMs: Ms.nullable(),
  /** Planned length including any extensions. */
  totalMs: Ms.nullable(),
  language: LangSchema,
  mode: z.enum(['vr', '2d']).nullable(),
  /** Log records still in the headset's outbox (not yet on the server). */
  unsentLogItems: z.number().int().min(0).max(1_000_000),
  /** The caption on screen now, or the last one shown, as text in the session's language. */
  lastCaption: z.string().max(400).nullable(),
  /** The resident pressed "call staff" during this session and nobody has answered yet. */
  staffCalled: z.boolean(),
  residentId: Id.nullable(),
  groupId: Id.nullable(),
  /**
   * Whether the browser granted persistent storage for the outbox (measures developer): staff
   * see "best-effort" or "memory-only" as a warning. Optional for older headsets.
   */
  storage: z.enum(['persistent', 'best-effort', 'memory-only']).optional(),
  /** Measures being asked now: before or after the session (the narration waits meanwhile). */
  measuring: z.enum(['before', 'after']).nullable().optional(),
});
export type HeadsetStatus = z.infer<typeof HeadsetStatusSchema>;

/** Compact head pose for the mirror: position (m) and orientation quaternion, ~10 per second. */
export const PoseSchema = z.tuple([
  z.number().min(-100).max(100),
  z.number().min(-100).max(100),
  z.number().min(-100).max(100),
  z.number().min(-1.01).max(1.01),
  z.number().min(-1.01).max(1.01),
  z.number().min(-1.01).max(1.01),
  z.number().min(-1.01).max(1.01),
]);
export type Pose = z.infer<typeof PoseSchema>;

/** Extensions are in whole minutes; the console's button sends 5. */
export const EXTEND_MINUTES = 5;
export const MAX_SESSION_MIN = 60;

export const CommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('prepare'), plan: SessionPlanSchema }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({ kind: z.literal('extend'), minutes: z.number().int().min(1).max(30) }),
  z.strictObject({ kind: z.literal('end') }),
  /** Staff have seen the resident's call: clears the alert on every console. */
  z.strictObject({ kind: z.literal('acknowledge_call') }),
]);
export type Command = z.infer<typeof CommandSchema>;
export type CommandKind = Command['kind'];

export const AlertSchema = z.strictObject({
  kind: z.literal('call_staff'),
  sessionId: Id.nullable(),
  atMs: EpochMs,
});
export type Alert = z.infer<typeof AlertSchema>;

const Ping = z.strictObject({
  v: V,
  type: z.literal('ping'),
  id: z.number().int().min(0),
  t0: EpochMs,
});
const ChannelText = z.strictObject({
  v: V,
  type: z.literal('channel'),
  channel: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/),
  data: z.unknown(),
});

/**
 * The first frame of a connection that carries no credentials of its own: browsers cannot put an
 * Authorization header on a WebSocket, so a headset (or guest) sends its token here instead.
 */
export const AuthFrameSchema = z.strictObject({
  v: V,
  type: z.literal('auth'),
  token: z.string().min(8).max(512),
});

/** Headset → hub. */
export const HeadsetFrameSchema = z.discriminatedUnion('type', [
  AuthFrameSchema,
  z.strictObject({ v: V, type: z.literal('status'), status: HeadsetStatusSchema }),
  z.strictObject({ v: V, type: z.literal('pose'), p: PoseSchema }),
  z.strictObject({ v: V, type: z.literal('alert'), alert: AlertSchema }),
  z.strictObject({
    v: V,
    type: z.literal('ack'),
    commandId: Id,
    ok: z.boolean(),
    reason: z.string().max(200).optional(),
  }),
  Ping,
  ChannelText,
]);
export type HeadsetFrame = z.infer<typeof HeadsetFrameSchema>;

/** Console → hub. A command names one headset; a group start sends one per headset. */
export const ConsoleFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    v: V,
    type: z.literal('command'),
    id: Id,
    headsetId: Id,
    command: CommandSchema,
  }),
  /** Which headsets' head poses this console wants (its open mirrors); replaces the last list. */
  z.strictObject({ v: V, type: z.literal('mirror'), headsetIds: z.array(Id).max(8) }),
  Ping,
  ChannelText,
]);
export type ConsoleFrame = z.infer<typeof ConsoleFrameSchema>;

export const HeadsetSummarySchema = z.strictObject({
  headsetId: Id,
  name: z.string().max(120),
  online: z.boolean(),
  status: HeadsetStatusSchema.nullable(),
  /** Epoch ms (server) when the status was last heard. */
  seenAtMs: EpochMs.nullable(),
});
export type HeadsetSummary = z.infer<typeof HeadsetSummarySchema>;

export const ErrorCodeSchema = z.enum([
  'bad_frame',
  'unsupported_version',
  'rate_limited',
  'not_allowed',
  'unknown_headset',
  'headset_offline',
  'invalid_command',
  'unauthenticated',
  'unknown_channel',
]);
export type HubErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Hub → any client. */
export const ServerFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({
    v: V,
    type: z.literal('hello'),
    role: z.enum(['headset', 'console', 'guest']),
    serverTimeMs: EpochMs,
    headsetId: Id.nullable(),
    name: z.string().max(120).nullable(),
  }),
  z.strictObject({ v: V, type: z.literal('headsets'), headsets: z.array(HeadsetSummarySchema) }),
  z.strictObject({ v: V, type: z.literal('headset'), headset: HeadsetSummarySchema }),
  z.strictObject({ v: V, type: z.literal('pose'), headsetId: Id, p: PoseSchema }),
  z.strictObject({ v: V, type: z.literal('alert'), headsetId: Id, alert: AlertSchema }),
  z.strictObject({ v: V, type: z.literal('command'), id: Id, command: CommandSchema }),
  z.strictObject({
    v: V,
    type: z.literal('command_result'),
    commandId: Id,
    headsetId: Id,
    ok: z.boolean(),
    reason: z.string().max(200).optional(),
  }),
  z.strictObject({
    v: V,
    type: z.literal('pong'),
    id: z.number().int().min(0),
    t0: EpochMs,
    /** Server clock when the ping arrived and when the pong left. */
    t1: EpochMs,
    t2: EpochMs,
  }),
  z.strictObject({
    v: V,
    type: z.literal('error'),
    code: ErrorCodeSchema,
    message: z.string().max(300),
    ref: z.string().max(80).optional(),
  }),
  ChannelText,
]);
export type ServerFrame = z.infer<typeof ServerFrameSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ServerFrameBody = DistributiveOmit<ServerFrame, 'v'>;
export type HeadsetFrameBody = DistributiveOmit<HeadsetFrame, 'v'>;
export type ConsoleFrameBody = DistributiveOmit<ConsoleFrame, 'v'>;

/** Serialises a frame with the protocol version stamped on. */
export function encodeFrame(body: ServerFrameBody | HeadsetFrameBody | ConsoleFrameBody): string {
  return JSON.stringify({ v: PROTOCOL_VERSION, ...body });
}

export type Decoded<T> =
  { ok: true; frame: T } | { ok: false; code: HubErrorCode; message: string };

/** Parses a text frame with one schema: never throws, names what was wrong. */
export function decodeFrame<T>(schema: z.ZodType<T>, text: string): Decoded<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad_frame', message: 'The frame is not JSON' };
  }
  if (
    typeof raw === 'object' &&
    raw !== null &&
    'v' in raw &&
    (raw as { v: unknown }).v !== PROTOCOL_VERSION
  ) {
    return {
      ok: false,
      code: 'unsupported_version',
      message: `Protocol version ${PROTOCOL_VERSION} is spoken here`,
    };
  }
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, frame: r.data };
  const first = r.error.issues[0];
  const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid';
  return {
    ok: false,
    code: 'bad_frame',
    message: `The frame is not valid (${where})`.slice(0, 300),
  };
}
