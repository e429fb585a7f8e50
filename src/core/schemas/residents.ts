import { z } from 'zod';
import { ConsentSchema, ResidentCodeSchema } from './accounts.ts';
import { LangSchema, SceneIdSchema } from './session.ts';
import { CaptionSizeSchema, PlannedMeasureSchema } from './sessionPlan.ts';

/** A resident's preferences: what staff set up before a session, and its defaults. */
export const ResidentPreferencesSchema = z.strictObject({
  language: LangSchema.optional(),
  captionSize: CaptionSizeSchema.optional(),
  favouriteScenes: z.array(SceneIdSchema).max(12).optional(),
  /** Free text for staff, e.g. "prefers the seat by the window; tires after 10 minutes". */
  comfortNotes: z.string().trim().max(500).optional(),
  measures: z.array(PlannedMeasureSchema).max(12).optional(),
});
export type ResidentPreferences = z.infer<typeof ResidentPreferencesSchema>;

/** A label staff recognise (e.g. "Room 12, Mair"); kept for staff only, never exported. */
export const ResidentLabelSchema = z.string().trim().min(1).max(80);

export const CreateResidentSchema = z.strictObject({
  siteId: z.uuid(),
  code: ResidentCodeSchema,
  label: ResidentLabelSchema.nullable().default(null),
  preferences: ResidentPreferencesSchema.default({}),
  consent: ConsentSchema.default('no'),
});

export const UpdateResidentSchema = z
  .strictObject({
    label: ResidentLabelSchema.nullable().optional(),
    preferences: ResidentPreferencesSchema.optional(),
    consent: ConsentSchema.optional(),
  })
  .refine((u) => Object.keys(u).length > 0, 'nothing to change');

export const ResidentSearchSchema = z.strictObject({
  q: z.string().trim().max(40).default(''),
  siteId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export interface ResidentView {
  id: string;
  siteId: string;
  code: string;
  label: string | null;
  preferences: ResidentPreferences;
  consent: z.infer<typeof ConsentSchema>;
  consentAt: string | null;
}
