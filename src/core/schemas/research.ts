import { z } from 'zod';
import { SceneIdSchema } from './session.ts';

/**
 * What a researcher asks for: the dashboard's filters and an export's options. Query strings
 * arrive as text, so booleans are 'true'/'false' and dates are YYYY-MM-DD (a whole UTC day).
 */

const Day = z.iso.date();
const Flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

const filterShape = {
  from: Day.optional(),
  to: Day.optional(),
  site: z.uuid().optional(),
  scene: SceneIdSchema.optional(),
  pattern: z
    .string()
    .regex(/^[a-z_]{2,40}$/)
    .optional(),
  instrument: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .optional(),
  respondent: z.enum(['self', 'staff']).optional(),
};

export const ResearchFilterSchema = z
  .strictObject(filterShape)
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
  });
export type ResearchFilter = z.infer<typeof ResearchFilterSchema>;

export const EXPORT_FORMATS = ['csv', 'json', 'fhir'] as const;
export const CSV_TABLES = ['sessions', 'measures', 'events', 'codebook'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const ExportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  /** For CSV: which table (one file each). */
  table: z.enum(CSV_TABLES).optional(),
  /** Prefix the CSV with a UTF-8 byte-order mark so Excel reads it as UTF-8. */
  bom: Flag,
  /** Categorical values as labels ("Completed") instead of codes ("completed"). */
  labels: Flag,
  /** Shift every date of a resident by their own fixed number of days (intervals kept). */
  shiftDates: Flag,
  /** Include free-text fields (excluded by default: they may name people). */
  freeText: Flag,
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/** One request to /api/research/export: filters and options in one query string. */
export const ExportQuerySchema = z
  .strictObject({
    ...filterShape,
    ...ExportOptionsSchema.shape,
    /** The study whose key makes the pseudonyms; may be left out when only one is active. */
    study: z.uuid().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.format === 'csv' && !q.table)
      ctx.addIssue({ code: 'custom', path: ['table'], message: 'CSV needs a table' });
    if (q.format !== 'csv' && q.table)
      ctx.addIssue({ code: 'custom', path: ['table'], message: 'only CSV has tables' });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: '"from" must not be after "to"' });
  });
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export function filterOf(q: ExportQuery): ResearchFilter {
  const { from, to, site, scene, pattern, instrument, respondent } = q;
  return Object.fromEntries(
    Object.entries({ from, to, site, scene, pattern, instrument, respondent }).filter(
      ([, v]) => v !== undefined,
    ),
  ) as ResearchFilter;
}

/** Retention of raw events, set by an admin: null keeps them for ever. */
export const RetentionSchema = z.strictObject({
  eventsDays: z.int().min(30).max(3650).nullable(),
});
export type Retention = z.infer<typeof RetentionSchema>;

/** A per-study pseudonym key: supplied by the admin (≥ 32 bytes as hex) or generated. */
export const StudyKeyCreateSchema = z.strictObject({
  label: z.string().trim().min(2).max(80),
  secretHex: z
    .string()
    .regex(/^[0-9a-f]{64,128}$/, 'secretHex: 64–128 lower-case hex digits (32–64 bytes)')
    .optional(),
});

/** Erasure must name the resident's code as well as their id: it cannot be undone. */
export const ErasureSchema = z.strictObject({ confirmCode: z.string().min(1).max(64) });

export const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.iso.datetime().optional(),
  action: z
    .string()
    .regex(/^[a-z_]{2,40}$/)
    .optional(),
});

/** Erasure from the admin page: the site and the resident's code, and a typed confirmation. */
export const ErasureByCodeSchema = z.strictObject({
  siteId: z.uuid(),
  code: z.string().min(2).max(32),
  confirm: z.literal('ERASE'),
});
