import { z } from 'zod';

/**
 * Outcome instruments as data: items, answer options and a declarative scoring rule. Built-in
 * instruments and a site's own licensed ones (e.g. SWEMWBS, which Hafan does not ship) share this
 * schema and the same validation.
 */

const Text = z.strictObject({ en: z.string().trim().min(1), cy: z.string().trim().min(1) });
export type LocalText = z.infer<typeof Text>;

const ChoiceResponse = z.strictObject({
  kind: z.literal('choice'),
  options: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z0-9_]{1,40}$/),
        value: z.number(),
        label: Text,
        pictogram: z
          .string()
          .regex(/^[a-z0-9-]{1,40}$/)
          .optional(),
      }),
    )
    .min(2)
    .max(12),
});

const ScaleResponse = z.strictObject({
  kind: z.literal('scale'),
  min: z.int(),
  max: z.int(),
  minLabel: Text,
  maxLabel: Text,
});

const Item = z.strictObject({
  linkId: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
  text: Text,
  loinc: z
    .string()
    .regex(/^\d{1,7}-\d$/)
    .optional(),
  response: z.discriminatedUnion('kind', [ChoiceResponse, ScaleResponse]),
});

const Scoring = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('value') }),
  z.strictObject({ kind: z.literal('each') }),
  z.strictObject({ kind: z.literal('category') }),
  z.strictObject({ kind: z.literal('sum'), items: z.array(z.string()).min(1) }),
  z.strictObject({
    kind: z.literal('weighted_subscales'),
    subscales: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          items: z.array(z.string()).min(1),
          weight: z.number().positive(),
        }),
      )
      .min(1),
    total: z.strictObject({ weight: z.number().positive() }),
  }),
]);

export const TimingSchema = z.enum(['pre', 'post', 'baseline', 'follow_up']);
export type Timing = z.infer<typeof TimingSchema>;

export const InstrumentDefinitionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver, e.g. 1.0.0'),
    title: Text,
    use: z.enum(['per_session', 'periodic', 'research']),
    timings: z.array(TimingSchema).min(1),
    licence: z.string().min(1),
    loincPanel: z
      .string()
      .regex(/^\d{1,7}-\d$/)
      .optional(),
    items: z.array(Item).min(1).max(60),
    scoring: Scoring,
  })
  .superRefine((def, ctx) => {
    const ids = new Set<string>();
    def.items.forEach((item, i) => {
      if (ids.has(item.linkId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'linkId'],
          message: `duplicate linkId ${item.linkId}`,
        });
      }
      ids.add(item.linkId);
      const r = item.response;
      if (r.kind === 'scale' && r.min >= r.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'response'],
          message: 'scale min must be below max',
        });
      }
      if (r.kind === 'choice' && new Set(r.options.map((o) => o.code)).size !== r.options.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'response', 'options'],
          message: 'option codes must be unique',
        });
      }
    });
    const s = def.scoring;
    const referenced =
      s.kind === 'sum'
        ? s.items
        : s.kind === 'weighted_subscales'
          ? s.subscales.flatMap((x) => x.items)
          : [];
    for (const id of referenced) {
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['scoring'],
          message: `scoring refers to unknown item ${id}`,
        });
    }
    if ((s.kind === 'value' || s.kind === 'category') && def.items.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['scoring'],
        message: `${s.kind} scoring needs exactly one item`,
      });
    }
  });

export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;
export type InstrumentItem = InstrumentDefinition['items'][number];

/** Parses a site-supplied definition; throws one readable error listing every problem. */
export function validateInstrumentDefinition(json: unknown): InstrumentDefinition {
  const r = InstrumentDefinitionSchema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`Invalid instrument definition:\n${lines.join('\n')}`);
}
