import { describe, expect, it } from 'vitest';
import {
  consentNote,
  doubleBooked,
  planDefaultsFor,
} from '../../../src/console/live/residentChoice.ts';
import { residentName } from '../../../src/console/live/residentNames.ts';
import type { ResidentView } from '../../../src/core/schemas/residents.ts';

const resident = (over: Partial<ResidentView> = {}): ResidentView => ({
  id: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427',
  siteId: '6f1c1c36-7d4a-4b0f-8d7e-0c1f1d5e2a10',
  code: 'R-0012',
  label: 'Mair',
  preferences: {},
  consent: 'yes',
  consentAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

describe('picking a resident in the start flow', () => {
  it('fills in their first known favourite scene, language and measures', () => {
    const r = resident({
      preferences: {
        favouriteScenes: ['not_a_scene', 'garden', 'beach'],
        language: 'cy',
        measures: [{ instrumentId: 'suds', timing: 'pre' }],
      },
    });
    expect(planDefaultsFor(r, ['beach', 'garden'])).toEqual({
      scene: 'garden',
      language: 'cy',
      measures: [{ instrumentId: 'suds', timing: 'pre' }],
    });
  });

  it('changes nothing the resident has no preference for', () => {
    expect(planDefaultsFor(resident(), ['beach'])).toEqual({});
    expect(planDefaultsFor(resident({ preferences: { measures: [] } }), ['beach'])).toEqual({});
  });

  it('tells staff whether the session goes into research', () => {
    expect(consentNote(null)).toBe('Guest: the session is not recorded against anyone.');
    expect(consentNote(resident())).toBe(
      'Recorded for Mair; included in research (consent given).',
    );
    expect(consentNote(resident({ consent: 'no', label: null }))).toBe(
      "Recorded for R-0012's care record only: left out of research exports (no research consent).",
    );
    expect(consentNote(resident({ consent: 'withdrawn' }))).toMatch(/left out .*consent withdrawn/);
  });

  it('finds one resident chosen for two headsets', () => {
    const mair = resident();
    const huw = resident({ id: '9a1f4c2e-1b2d-4e3f-8a9b-0c1d2e3f4a5b', code: 'R-0013' });
    expect(doubleBooked({ a: mair, b: huw, c: null }, ['a', 'b', 'c'])).toBeNull();
    expect(doubleBooked({ a: mair, b: null, c: mair }, ['a', 'b', 'c'])).toBe(mair);
    // Only the headsets still chosen count.
    expect(doubleBooked({ a: mair, c: mair }, ['a', 'b'])).toBeNull();
  });
});

describe('the resident on a headset card', () => {
  it('reads as the label staff know, with the code', () => {
    expect(residentName({ code: 'R-0012', label: 'Mair' })).toBe('Mair (R-0012)');
    expect(residentName({ code: 'R-0013', label: null })).toBe('R-0013');
  });
});
