import type { ResidentView } from '../../core/schemas/residents.ts';
import type { PlannedMeasure, SessionPlan } from '../../core/schemas/sessionPlan.ts';

/**
 * What picking a resident changes in the start form, and what staff are told about them. Pure,
 * so it is tested without a browser.
 */

/** The parts of the form a resident's preferences fill in (staff can still change them). */
export interface PlanDefaults {
  scene?: SessionPlan['scene'];
  language?: SessionPlan['language'];
  measures?: readonly PlannedMeasure[];
}

/** A resident's preferences as form defaults: their first favourite scene, language, measures. */
export function planDefaultsFor(r: ResidentView, scenes: readonly string[]): PlanDefaults {
  const p = r.preferences;
  const scene = p.favouriteScenes?.find((s) => scenes.includes(s));
  return {
    ...(scene ? { scene } : {}),
    ...(p.language ? { language: p.language } : {}),
    ...(p.measures && p.measures.length > 0 ? { measures: p.measures } : {}),
  };
}

/**
 * What the session means for research, as staff should hear it: every session is kept for the
 * resident's care record; only residents who consented are in research exports (withdrawn and
 * "no" are left out, see DESIGN.md "Exports").
 */
export function consentNote(r: ResidentView | null): string {
  if (!r) return 'Guest: the session is not recorded against anyone.';
  const who = r.label ?? r.code;
  if (r.consent === 'yes') return `Recorded for ${who}; included in research (consent given).`;
  const why = r.consent === 'withdrawn' ? 'consent withdrawn' : 'no research consent';
  return `Recorded for ${who}'s care record only: left out of research exports (${why}).`;
}

/** A resident chosen for two headsets at once, if any (one person, one headset). */
export function doubleBooked(
  chosen: Readonly<Record<string, ResidentView | null>>,
  headsetIds: readonly string[],
): ResidentView | null {
  const seen = new Set<string>();
  for (const id of headsetIds) {
    const r = chosen[id];
    if (!r) continue;
    if (seen.has(r.id)) return r;
    seen.add(r.id);
  }
  return null;
}
