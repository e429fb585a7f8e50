import { describe, expect, it } from 'vitest';
import {
  MOOD,
  ONS4,
  ONS_LONELINESS,
  SUDS,
  UCLA3,
} from '../../../src/core/instruments/definitions.ts';
import { BUILT_IN_INSTRUMENTS, findInstrument } from '../../../src/core/instruments/registry.ts';
import {
  InstrumentDefinitionSchema,
  validateInstrumentDefinition,
} from '../../../src/core/instruments/schema.ts';
import {
  InstrumentAnswerError,
  isPeriodicDue,
  scoreMeasure,
  type Answer,
} from '../../../src/core/instruments/scoring.ts';
import { SSQ } from '../../../src/core/instruments/ssq.ts';

const answers = (values: Record<string, number>): Answer[] =>
  Object.entries(values).map(([linkId, value]) => ({ linkId, value }));

describe('built-in instruments', () => {
  it.each(BUILT_IN_INSTRUMENTS.map((d) => [d.id, d] as const))(
    '%s passes its own schema',
    (_id, def) => {
      expect(InstrumentDefinitionSchema.parse(def)).toEqual(def);
    },
  );

  it('finds instruments by id and version', () => {
    expect(findInstrument('ucla3')?.loincPanel).toBe('106418-7');
    expect(findInstrument('ucla3', '9.9.9')).toBeUndefined();
    expect(findInstrument('swemwbs')).toBeUndefined(); // licensed: never shipped
  });
});

describe('scoring against hand-worked examples', () => {
  it('SSQ (Kennedy 1993 weights)', () => {
    // N raw = GD 1 + salivation 0 + sweating 1 + nausea 2 + concentrating 0 + stomach 1 + burping 0 = 5
    // O raw = GD 1 + fatigue 2 + headache 3 + eye strain 0 + focusing 1 + concentrating 0 + blurred 0 = 7
    // D raw = focusing 1 + nausea 2 + fullness 1 + blurred 0 + dizzy open 1 + dizzy closed 0 + vertigo 0 = 5
    // N = 5 × 9.54 = 47.70; O = 7 × 7.58 = 53.06; D = 5 × 13.92 = 69.60; total = 17 × 3.74 = 63.58
    const r = scoreMeasure(
      SSQ,
      answers({
        general_discomfort: 1,
        fatigue: 2,
        headache: 3,
        eye_strain: 0,
        difficulty_focusing: 1,
        increased_salivation: 0,
        sweating: 1,
        nausea: 2,
        difficulty_concentrating: 0,
        fullness_of_head: 1,
        blurred_vision: 0,
        dizzy_eyes_open: 1,
        dizzy_eyes_closed: 0,
        vertigo: 0,
        stomach_awareness: 1,
        burping: 0,
      }),
    );
    expect(r.subscales).toEqual({ nausea: 47.7, oculomotor: 53.06, disorientation: 69.6 });
    expect(r.score).toBe(63.58);
    expect(r.complete).toBe(true);
  });

  it('UCLA 3-item: the sum, 3–9', () => {
    expect(scoreMeasure(UCLA3, answers({ companionship: 2, left_out: 3, isolated: 1 })).score).toBe(
      6,
    );
  });

  it('ONS4: each item alone, never summed', () => {
    const r = scoreMeasure(
      ONS4,
      answers({ life_satisfaction: 7, worthwhile: 8, happy_yesterday: 6, anxious_yesterday: 3 }),
    );
    expect(r.score).toBeNull();
    expect(r.items).toEqual({
      life_satisfaction: 7,
      worthwhile: 8,
      happy_yesterday: 6,
      anxious_yesterday: 3,
    });
  });

  it('mood faces and SUDS: the value; ONS loneliness: the category', () => {
    expect(scoreMeasure(MOOD, answers({ mood: 4 })).score).toBe(4);
    expect(scoreMeasure(SUDS, answers({ suds: 7 })).score).toBe(7);
    expect(scoreMeasure(ONS_LONELINESS, answers({ lonely: 3 })).category).toBe('occasionally');
  });

  it('gives no score, not a wrong one, when an item is declined or timed out', () => {
    const r = scoreMeasure(UCLA3, [
      { linkId: 'companionship', value: 2 },
      { linkId: 'left_out', declined: true },
      { linkId: 'isolated', timedOut: true },
    ]);
    expect(r).toMatchObject({ complete: false, score: null, missing: ['left_out', 'isolated'] });
    expect(scoreMeasure(MOOD, []).score).toBeNull();
  });

  it.each([
    ['an unknown item', [{ linkId: 'nope', value: 1 }], /unknown item/],
    ['a value out of range', [{ linkId: 'suds', value: 11 }], /outside 0–10/],
    ['a fraction on an integer scale', [{ linkId: 'suds', value: 2.5 }], /outside/],
    [
      'the same item twice',
      [
        { linkId: 'suds', value: 1 },
        { linkId: 'suds', value: 2 },
      ],
      /twice/,
    ],
  ] as const)('refuses %s', (_name, bad, message) => {
    expect(() => scoreMeasure(SUDS, bad as unknown as Answer[])).toThrow(InstrumentAnswerError);
    expect(() => scoreMeasure(SUDS, bad as unknown as Answer[])).toThrow(message);
  });

  it('refuses a value that is not one of the options', () => {
    expect(() => scoreMeasure(MOOD, answers({ mood: 9 }))).toThrow(/not one of the options/);
  });
});

describe('site-supplied definitions', () => {
  const site = {
    id: 'site_wellbeing',
    version: '1.0.0',
    title: { en: 'Our wellbeing scale', cy: 'Ein graddfa llesiant' },
    use: 'periodic',
    timings: ['baseline', 'follow_up'],
    licence: 'Licensed to Oak Lodge',
    items: ['calm', 'cheerful'].map((linkId) => ({
      linkId,
      text: { en: linkId, cy: linkId },
      response: {
        kind: 'scale',
        min: 1,
        max: 5,
        minLabel: { en: 'None', cy: 'Dim' },
        maxLabel: { en: 'All', cy: 'Y cyfan' },
      },
    })),
    scoring: { kind: 'sum', items: ['calm', 'cheerful'] },
  };

  it('accepts a valid one and scores it', () => {
    const def = validateInstrumentDefinition(site);
    expect(scoreMeasure(def, answers({ calm: 4, cheerful: 5 })).score).toBe(9);
  });

  it.each([
    ['a duplicate linkId', { ...site, items: [site.items[0], site.items[0]] }, /duplicate linkId/],
    [
      'scoring of an unknown item',
      { ...site, scoring: { kind: 'sum', items: ['calm', 'ghost'] } },
      /unknown item ghost/,
    ],
    ['a missing Welsh text', { ...site, title: { en: 'Only English' } }, /title\.cy/],
    [
      'min not below max',
      {
        ...site,
        items: [{ ...site.items[0], response: { ...site.items[0]!.response, min: 5, max: 5 } }],
      },
      /min must be below max/,
    ],
    ['a bad version', { ...site, version: 'one' }, /semver/],
  ])('refuses %s with a readable message', (_name, def, message) => {
    expect(() => validateInstrumentDefinition(def)).toThrow(message);
  });
});

describe('periodic measures', () => {
  it('are due when never taken, or once the interval has passed', () => {
    expect(isPeriodicDue(null, '2026-11-22T10:00:00Z', 28)).toBe(true);
    expect(isPeriodicDue('2026-11-01T10:00:00Z', '2026-11-22T10:00:00Z', 28)).toBe(false);
    expect(isPeriodicDue('2026-10-25T10:00:00Z', '2026-11-22T10:00:00Z', 28)).toBe(true);
  });
});
