import { describe, expect, it } from 'vitest';
import { phaseAt } from '../../../src/core/breathing/phase.ts';
import { PATTERN_IDS, PATTERNS } from '../../../src/core/breathing/patterns.ts';
import { LANGS } from '../../../src/core/i18n/catalogue.ts';
import { SCENE_SCRIPT_IDS, lineText } from '../../../src/core/narration/library.ts';
import { sessionTimeline } from '../../../src/core/narration/sessionTimeline.ts';
import { FADE_OUT_MS } from '../../../src/core/session/fade.ts';
import {
  SESSION_LENGTHS_MIN,
  captionAt,
  promptCount,
  stepAt,
} from '../../../src/core/session/timeline.ts';

const GUIDES = [
  ...PATTERN_IDS.map((p) => ({ pattern: p, guideVisible: true })),
  { pattern: 'coherent' as const, guideVisible: false },
];

describe.each(SCENE_SCRIPT_IDS)('the %s script', (script) => {
  describe.each(SESSION_LENGTHS_MIN)('in a %i-minute session', (lengthMin) => {
    it.each(GUIDES)('with $pattern (guide shown: $guideVisible)', ({ pattern, guideVisible }) => {
      const tl = sessionTimeline({ script, lengthMin, pattern, guideVisible });
      // Captions never overlap, each is on screen for a while, and all end before the fade out.
      for (let i = 0; i < tl.captions.length; i++) {
        const c = tl.captions[i]!;
        expect(c.endMs - c.startMs).toBeGreaterThanOrEqual(700);
        if (i > 0) expect(c.startMs).toBeGreaterThanOrEqual(tl.captions[i - 1]!.endMs);
        expect(c.startMs).toBeGreaterThan(0);
        expect(c.endMs).toBeLessThanOrEqual(tl.totalMs - FADE_OUT_MS);
        expect(captionAt(tl, c.startMs)).toBe(c);
        expect(captionAt(tl, c.endMs - 1)).toBe(c);
        // Every line exists in both languages.
        for (const lang of LANGS) expect(lineText(lang, c.ref), `${lang} ${c.ref}`).not.toBe('');
        // Each caption sits inside one step.
        const step = stepAt(tl, c.startMs)!;
        expect(c.endMs).toBeLessThanOrEqual(step.endMs);
      }
      // Steps run back to back for the whole session.
      expect(tl.totalMs).toBe(lengthMin * 60_000);
      expect(tl.steps.map((s) => s.id)).toEqual(['intro', 'practice', 'outro']);
      expect(tl.steps[0]!.startMs).toBe(0);
      expect(tl.steps[1]!.startMs).toBe(tl.steps[0]!.endMs);
      expect(tl.steps[2]!.startMs).toBe(tl.steps[1]!.endMs);
      expect(tl.steps[2]!.endMs).toBe(tl.totalMs);

      const sections = tl.captions.map((c) => c.section);
      expect(sections.filter((s) => s === 'practice')).toHaveLength(promptCount(lengthMin));
      expect(sections.filter((s) => s === 'closing').length).toBeGreaterThan(0);
      // The story runs in order: intro, settling, the guide, cues, prompts, closing.
      const order = ['intro', 'settling', 'guide', 'cue', 'practice', 'closing'];
      const ranks = sections.map((s) => order.indexOf(s));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

      const cues = tl.captions.filter((c) => c.section === 'cue');
      if (!guideVisible) {
        expect(cues).toEqual([]);
        expect(tl.captions.some((c) => c.ref === 'breathing/just_listen')).toBe(true);
      } else {
        // Every cue starts exactly at a phase boundary of phaseAt and names that phase.
        expect(cues.length).toBeGreaterThanOrEqual(2 * PATTERNS[pattern].phases.length);
        for (const cue of cues) {
          const b = phaseAt(PATTERNS[pattern], cue.startMs);
          expect(b.phaseStartMs).toBe(cue.startMs);
          expect(cue.ref).toBe(`breathing/${pattern}.${b.kind}`);
          expect(cue.endMs).toBeLessThanOrEqual(b.phaseEndMs);
        }
      }
    });
  });
});

describe('prompts through a session', () => {
  it('uses more prompts for longer sessions, spread through the practice', () => {
    const counts = SESSION_LENGTHS_MIN.map(promptCount);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBe(counts.length);
    const tl = sessionTimeline({
      script: 'beach',
      lengthMin: 15,
      pattern: 'coherent',
      guideVisible: true,
    });
    const prompts = tl.captions.filter((c) => c.section === 'practice');
    const gaps = prompts.slice(1).map((p, i) => p.startMs - prompts[i]!.startMs);
    // Evenly spread: no gap more than a few seconds different from another.
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(10_000);
    expect(Math.min(...gaps)).toBeGreaterThan(60_000);
  });

  it('keeps the same timing whichever language is shown', () => {
    // Timing is computed once from both translations: the timeline has no language in it.
    const a = sessionTimeline({
      script: 'garden',
      lengthMin: 5,
      pattern: 'box',
      guideVisible: true,
    });
    const b = sessionTimeline({
      script: 'garden',
      lengthMin: 5,
      pattern: 'box',
      guideVisible: true,
    });
    expect(a).toEqual(b);
    for (const c of a.captions) {
      const longest = Math.max(...LANGS.map((l) => lineText(l, c.ref).length));
      if (c.section !== 'cue') expect(c.endMs - c.startMs).toBeGreaterThanOrEqual(longest * 50);
    }
  });
});
