import { z } from 'zod';
import { SESSION_LENGTHS_MIN } from '../session/timeline.ts';

/** Wire schemas for sessions: the client and the server validate with these same objects. */

export const LangSchema = z.enum(['en', 'cy']);
export const SceneIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'scene id: lower-case letters, digits and dashes');
export const SessionLengthSchema = z.union(SESSION_LENGTHS_MIN.map((n) => z.literal(n)));
export const EndReasonSchema = z.enum(['completed', 'exited_by_resident', 'interrupted']);
export type EndReason = z.infer<typeof EndReasonSchema>;

export const SessionStartSchema = z.strictObject({
  id: z.uuid(),
  scene: SceneIdSchema,
  lengthMin: SessionLengthSchema,
  language: LangSchema,
  pattern: z.string().regex(/^[a-z_]{2,40}$/),
  startedAt: z.iso.datetime({ offset: true }),
});
export type SessionStart = z.infer<typeof SessionStartSchema>;

export const SessionEndSchema = z.strictObject({
  endedAt: z.iso.datetime({ offset: true }),
  endReason: EndReasonSchema,
});
export type SessionEnd = z.infer<typeof SessionEndSchema>;

export const SessionRecordSchema = SessionStartSchema.extend({
  endedAt: z.string().nullable(),
  endReason: EndReasonSchema.nullable(),
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

/** The shape of every API error body. */
export interface ApiError {
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}
