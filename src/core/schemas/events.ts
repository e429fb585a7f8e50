import { z } from 'zod';
import { TimingSchema } from '../instruments/schema.ts';
import { EndReasonSchema, LangSchema } from './session.ts';

/**
 * The session event model. Every event has its own client-made UUID, the session it belongs to,
 * monotonic ms since the session started (t_ms) and wall-clock time. The server stores each id
 * once: the same id and payload again is a no-op, a different payload under a known id is refused.
 */

const PhaseKindSchema = z.enum(['in', 'top_up', 'hold_in', 'out', 'hold_out']);
const SocialMemberRef = z.string().min(1).max(64);
const SocialMemberKind = z.enum(['resident', 'staff', 'guest']);
const SocialSeat = z.int().min(1).max(8);

export const EVENT_DATA = {
  session_started: z.strictObject({ mode: z.enum(['vr', '2d']) }),
  phase_changed: z.strictObject({
    step: z.enum(['intro', 'practice', 'outro']),
  }),
  breath_phase: z.strictObject({ kind: PhaseKindSchema, cycle: z.int().nonnegative() }),
  caption_shown: z.strictObject({ key: z.string().min(1).max(80), language: LangSchema }),
  paused: z.strictObject({ by: z.enum(['resident', 'staff']) }),
  resumed: z.strictObject({ by: z.enum(['resident', 'staff']) }),
  pattern_changed: z.strictObject({ pattern: z.string().regex(/^[a-z_]{2,40}$/) }),
  call_staff: z.strictObject({}),
  // instrumentId, timing and complete were added later: optional, so records written by an older
  // build and still waiting in an outbox are accepted.
  measure_answered: z.strictObject({
    measureId: z.uuid(),
    instrumentId: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,39}$/)
      .optional(),
    timing: TimingSchema.optional(),
    complete: z.boolean().optional(),
  }),
  /** The measures before (pre, periodic) or after (post) the session began / were all answered. */
  measures_started: z.strictObject({
    stage: z.enum(['before', 'after']),
    instruments: z.int().min(1).max(12),
  }),
  measures_ended: z.strictObject({
    stage: z.enum(['before', 'after']),
    /** Items that ran out of time unanswered. */
    timedOut: z.int().nonnegative().max(720),
  }),
  /** Whether the browser granted persistent storage for the outbox (shown to staff if not). */
  storage_status: z.strictObject({ storage: z.enum(['persistent', 'best-effort', 'memory-only']) }),
  exited: z.strictObject({ reason: EndReasonSchema }),
  completed: z.strictObject({}),
  error: z.strictObject({ message: z.string().max(500) }),
  // Hub: staff made the session longer from the console, or ended it.
  extended: z.strictObject({ minutes: z.int().min(1).max(30), by: z.literal('staff') }),
  ended_by_staff: z.strictObject({}),
  // Social rooms (written by the server into the room's own session; see core/social/room.ts).
  social_joined: z.strictObject({
    member: SocialMemberRef,
    memberKind: SocialMemberKind,
    seat: SocialSeat.nullable(),
    waiting: z.boolean(),
    /** The member's own session (a resident's headset session), so research can link them. */
    memberSession: z.uuid().nullable(),
  }),
  social_admitted: z.strictObject({
    member: SocialMemberRef,
    by: SocialMemberRef,
    seat: SocialSeat,
  }),
  social_left: z.strictObject({
    member: SocialMemberRef,
    memberKind: SocialMemberKind,
    /** The server restarted while they were in the room (they may rejoin a moment later). */
    reason: z.enum(['server_restart']).optional(),
  }),
  social_removed: z.strictObject({ member: SocialMemberRef, by: SocialMemberRef }),
  social_muted: z.strictObject({
    member: SocialMemberRef,
    by: SocialMemberRef,
    muted: z.boolean(),
    self: z.boolean(),
  }),
  social_activity: z.strictObject({
    activity: z.enum(['breathing', 'lanterns', 'stopped']),
    by: SocialMemberRef,
    startAtMs: z.int().nonnegative(),
  }),
  social_lantern: z.strictObject({ member: SocialMemberRef }),
  social_ended: z.strictObject({ by: SocialMemberRef }),
} as const;

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];

/** Events may be at most this far in the future by the client's clock (clock skew allowance). */
export const MAX_FUTURE_SKEW_MS = 5 * 60_000;

const base = {
  id: z.uuid(),
  sessionId: z.uuid(),
  tMs: z
    .int()
    .nonnegative()
    .max(24 * 60 * 60_000),
  at: z.iso.datetime({ offset: true }),
};

const eventOptions = EVENT_TYPES.map((type) =>
  z.strictObject({ ...base, type: z.literal(type), data: EVENT_DATA[type] }),
) as unknown as [z.ZodObject, ...z.ZodObject[]];

/** Any session event, discriminated by `type`; each type has its own strict `data`. */
export const SessionEventSchema = z.discriminatedUnion(
  'type',
  eventOptions,
) as unknown as z.ZodType<SessionEvent>;

export type SessionEvent = {
  [K in EventType]: {
    id: string;
    sessionId: string;
    tMs: number;
    at: string;
    type: K;
    data: z.infer<(typeof EVENT_DATA)[K]>;
  };
}[EventType];

/** One ingest request: a batch the server stores all-or-nothing. */
export const MAX_EVENTS_PER_BATCH = 200;
export const EventBatchSchema = z.strictObject({
  events: z.array(SessionEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

/** Object keys sorted at every depth: the same event always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
