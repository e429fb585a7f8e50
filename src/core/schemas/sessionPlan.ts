import { z } from 'zod';
import { PATTERNS, type PatternId } from '../breathing/patterns.ts';
import { TimingSchema } from '../instruments/schema.ts';
import { AvatarColourSchema, DisplayNameSchema, SocialSceneSchema } from '../social/messages.ts';
import { LangSchema, SceneIdSchema, SessionLengthSchema } from './session.ts';

/**
 * What a session will be, before it starts: chosen on the headset's own start screen, or by
 * staff in the console and sent to the headset ("prepare session"). One schema for both.
 */

const PATTERN_IDS = Object.keys(PATTERNS) as [PatternId, ...PatternId[]];
export const PatternChoiceSchema = z.enum([...PATTERN_IDS, 'scene_default']);
export type PatternChoice = z.infer<typeof PatternChoiceSchema>;

export const CaptionSizeSchema = z.enum(['small', 'large', 'extra_large']);

/** One instrument to ask, and when: before (pre) or after (post) the session, or periodic. */
export const PlannedMeasureSchema = z.strictObject({
  instrumentId: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  timing: TimingSchema,
});
export type PlannedMeasure = z.infer<typeof PlannedMeasureSchema>;

/** The default from the issue: mood before and after, the sickness check after. */
export const DEFAULT_MEASURE_PLAN: readonly PlannedMeasure[] = [
  { instrumentId: 'mood_faces', timing: 'pre' },
  { instrumentId: 'mood_faces', timing: 'post' },
  { instrumentId: 'sickness_check', timing: 'post' },
];

/** Several headsets started together share one clock so their breathing guides stay in step. */
export const GroupClockSchema = z.strictObject({
  groupId: z.uuid(),
  /** Wall-clock epoch ms (server time) at which every member's breathing timeline starts. */
  startAtMs: z.number().int().positive(),
});

/**
 * A social room staff send the headset into (issue #7): the headset leaves its start screen for
 * the room's page, where one press takes the resident in. `scene` is the room's scene.
 */
export const SocialRoomPlanSchema = z.strictObject({
  roomId: z.uuid(),
  scene: SocialSceneSchema,
  /** The name on the resident's label in the room. */
  name: DisplayNameSchema,
  colour: AvatarColourSchema,
});
export type SocialRoomPlan = z.infer<typeof SocialRoomPlanSchema>;

export const SessionPlanSchema = z.strictObject({
  scene: SceneIdSchema,
  lengthMin: SessionLengthSchema,
  language: LangSchema,
  pattern: PatternChoiceSchema,
  /** False for "just listen": the breathing guide is hidden. */
  guideVisible: z.boolean().default(true),
  captionSize: CaptionSizeSchema.optional(),
  measures: z.array(PlannedMeasureSchema).max(12),
  /** The resident this session is for; null for a guest or stand-alone session. */
  residentId: z.uuid().nullable(),
  group: GroupClockSchema.nullable().default(null),
  /** Absent or null for a relaxation session; a room for a social session (scene = the room's). */
  room: SocialRoomPlanSchema.nullable().optional(),
});
export type SessionPlan = z.infer<typeof SessionPlanSchema>;
