import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, PATTERNS } from '../../../src/core/breathing/patterns.ts';
import { LANGS } from '../../../src/core/i18n/catalogue.ts';
import {
  NARRATION,
  SCENE_SCRIPT_IDS,
  allLineRefs,
  lineText,
} from '../../../src/core/narration/library.ts';
import { BreathingCuesSchema, SceneScriptSchema } from '../../../src/core/narration/schema.ts';

describe('narration scripts', () => {
  it('has the same lines, in the same order, in English and Welsh', () => {
    const en = allLineRefs('en');
    expect(en.length).toBeGreaterThan(4 * 18);
    expect(allLineRefs('cy')).toEqual(en);
    for (const lang of LANGS) {
      for (const ref of en) expect(lineText(lang, ref).trim(), `${lang} ${ref}`).not.toBe('');
    }
  });

  it('marks Welsh as a draft and English as reviewed', () => {
    for (const id of SCENE_SCRIPT_IDS) {
      expect(NARRATION.scenes[id].cy.draft).toBe(true);
      expect(NARRATION.scenes[id].en.draft).toBe(false);
    }
    expect(NARRATION.breathing.cy.draft).toBe(true);
  });

  it('gives every scene an intro, settling, at least nine practice prompts and a closing', () => {
    for (const id of SCENE_SCRIPT_IDS) {
      const s = NARRATION.scenes[id].en;
      expect(s.intro.length).toBeGreaterThan(0);
      expect(s.settling.length).toBeGreaterThan(0);
      expect(s.practice.length).toBeGreaterThanOrEqual(9);
      expect(s.closing.length).toBeGreaterThan(0);
    }
  });

  it('has a cue for every phase of every pattern, in both languages', () => {
    for (const lang of LANGS) {
      for (const id of PATTERN_IDS) {
        expect(lineText(lang, `breathing/${id}.intro`)).not.toBe('');
        for (const phase of PATTERNS[id].phases) {
          expect(lineText(lang, `breathing/${id}.${phase.kind}`), `${lang} ${id}`).not.toBe('');
        }
      }
      expect(lineText(lang, 'breathing/just_listen')).not.toBe('');
    }
  });

  it('refuses a script with a missing section, a misplaced id or a duplicate line', () => {
    const good = NARRATION.scenes.beach.en;
    expect(SceneScriptSchema.safeParse(good).success).toBe(true);
    const { settling: _drop, ...noSettling } = good;
    expect(SceneScriptSchema.safeParse(noSettling).success).toBe(false);
    const misplaced = { ...good, intro: [{ id: 'closing.9', text: 'Hello' }] };
    expect(SceneScriptSchema.safeParse(misplaced).success).toBe(false);
    const duplicate = { ...good, intro: [good.intro[0]!, good.intro[0]!] };
    expect(SceneScriptSchema.safeParse(duplicate).success).toBe(false);
    const badId = { ...good, intro: [{ id: 'intro/1', text: 'Hello' }] };
    expect(SceneScriptSchema.safeParse(badId).success).toBe(false);
  });

  it('refuses a cue file that lacks a cue for one of a pattern’s phases', () => {
    const good = NARRATION.breathing.en;
    expect(BreathingCuesSchema.safeParse(good).success).toBe(true);
    const { hold_out: _drop, ...box } = good.patterns.box!;
    const bad = { ...good, patterns: { ...good.patterns, box } };
    expect(BreathingCuesSchema.safeParse(bad).success).toBe(false);
  });
});
