import { z } from 'zod';
import { TimingSchema } from '../instruments/schema.ts';

/** A measure response as sent by a headset or the console; the server computes the score. */
const AnswerSchema = z.union([
  z.strictObject({ linkId: z.string().min(1).max(40), value: z.number() }),
  z.strictObject({ linkId: z.string().min(1).max(40), declined: z.literal(true) }),
  z.strictObject({ linkId: z.string().min(1).max(40), timedOut: z.literal(true) }),
]);

export const MeasureSchema = z.strictObject({
  id: z.uuid(),
  sessionId: z.uuid(),
  instrumentId: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
  instrumentVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  timing: TimingSchema,
  respondent: z.enum(['self', 'staff']),
  answers: z.array(AnswerSchema).max(60),
  answeredAt: z.iso.datetime({ offset: true }),
});
export type Measure = z.infer<typeof MeasureSchema>;
