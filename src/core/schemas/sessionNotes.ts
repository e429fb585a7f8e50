import { z } from 'zod';

/**
 * Structured notes staff make about a session: what they saw (one tap each) and an optional
 * short free text. Shared by the console form and the server.
 */
export const OBSERVATIONS = [
  'enjoyed',
  'calm',
  'distressed',
  'asleep',
  'sickness',
  'other',
] as const;
export const ObservationSchema = z.enum(OBSERVATIONS);
export type Observation = z.infer<typeof ObservationSchema>;

export const NOTE_TEXT_MAX = 500;

export const SessionNoteSchema = z
  .strictObject({
    id: z.uuid(),
    observations: z
      .array(ObservationSchema)
      .max(OBSERVATIONS.length)
      .refine((a) => new Set(a).size === a.length, 'each observation at most once'),
    text: z.string().trim().max(NOTE_TEXT_MAX).default(''),
    notedAt: z.iso.datetime({ offset: true }),
  })
  .refine((n) => n.observations.length > 0 || n.text.length > 0, {
    message: 'choose at least one observation or write a short note',
    path: ['observations'],
  })
  .refine((n) => !n.observations.includes('other') || n.text.length > 0, {
    message: '"other" needs a short note saying what',
    path: ['text'],
  });
export type SessionNote = z.infer<typeof SessionNoteSchema>;

export interface StoredSessionNote extends SessionNote {
  sessionId: string;
  authorId: string | null;
}
