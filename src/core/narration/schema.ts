import { z } from 'zod';
import { PATTERN_IDS, PATTERNS, type PatternId } from '../breathing/patterns.ts';

/**
 * Narration scripts as data (assets/narration/<lang>/<script>.json), one file per script and
 * language so a translator works on one file. A scene's script has four sections: intro,
 * settling, a pool of guided-practice prompts (longer sessions use more of them) and closing.
 * The breathing file holds each pattern's short spoken/captioned cue set.
 */

export const SCRIPT_SECTIONS = ['intro', 'settling', 'practice', 'closing'] as const;
export type ScriptSection = (typeof SCRIPT_SECTIONS)[number];

/** A script id is also a folder name for recorded audio: lower case, no dots or slashes. */
export const ScriptIdSchema = z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/);
/** A line id is also a file name for recorded audio: `intro.1`, `coherent.in` … */
export const LineIdSchema = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/);

const LineSchema = z.strictObject({
  id: LineIdSchema,
  text: z.string().trim().min(1).max(240),
});
export type ScriptLine = z.infer<typeof LineSchema>;

const LanguageSchema = z.enum(['en', 'cy']);

export const SceneScriptSchema = z
  .strictObject({
    script: ScriptIdSchema,
    language: LanguageSchema,
    /** True until a speaker of the language has reviewed the text. */
    draft: z.boolean(),
    intro: z.array(LineSchema).min(1).max(6),
    settling: z.array(LineSchema).min(1).max(6),
    practice: z.array(LineSchema).min(9).max(30),
    closing: z.array(LineSchema).min(1).max(6),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    for (const section of SCRIPT_SECTIONS) {
      s[section].forEach((line, i) => {
        if (!line.id.startsWith(`${section}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: [section, i, 'id'],
            message: `line ids in "${section}" start with "${section}."`,
          });
        }
        if (seen.has(line.id)) {
          ctx.addIssue({ code: 'custom', path: [section, i, 'id'], message: 'duplicate id' });
        }
        seen.add(line.id);
      });
    }
  });
export type SceneScript = z.infer<typeof SceneScriptSchema>;

const PhaseKindSchema = z.enum(['in', 'top_up', 'hold_in', 'out', 'hold_out']);
const CueSetSchema = z
  .partialRecord(z.union([z.literal('intro'), PhaseKindSchema]), z.string().trim().min(1).max(240))
  .refine((r) => typeof r.intro === 'string', { message: 'a cue set needs an intro' });

export const BreathingCuesSchema = z
  .strictObject({
    script: z.literal('breathing'),
    language: LanguageSchema,
    draft: z.boolean(),
    /** Said instead of a pattern's cues when the resident chose "just listen". */
    justListen: z.string().trim().min(1).max(240),
    patterns: z.partialRecord(z.enum(PATTERN_IDS as [PatternId, ...PatternId[]]), CueSetSchema),
  })
  .superRefine((b, ctx) => {
    for (const id of PATTERN_IDS) {
      const cues = b.patterns[id];
      if (!cues) {
        ctx.addIssue({ code: 'custom', path: ['patterns', id], message: 'missing cue set' });
        continue;
      }
      for (const phase of PATTERNS[id].phases) {
        if (!cues[phase.kind]) {
          ctx.addIssue({
            code: 'custom',
            path: ['patterns', id, phase.kind],
            message: `the pattern has a "${phase.kind}" phase but no cue for it`,
          });
        }
      }
    }
  });
export type BreathingCues = z.infer<typeof BreathingCuesSchema>;
