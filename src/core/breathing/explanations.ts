import type { Lang } from '../i18n/catalogue.ts';
import type { PatternId } from './patterns.ts';

/**
 * What each pattern is, for the staff who choose it (shown under the choice on the start screen
 * and in the console). Figures follow ../shared/CONTENT.md. Holds are hard for some older or
 * breathless people, so the two patterns with holds say so. Welsh is a draft.
 */
export const PATTERN_EXPLANATIONS: Readonly<Record<PatternId, Readonly<Record<Lang, string>>>> = {
  coherent: {
    en: 'In and out for the same time, about 5.5 s each: 5.5 breaths a minute. The gentlest choice and the usual default. No holds.',
    cy: 'I mewn ac allan am yr un amser, tua 5.5 eiliad yr un: 5.5 anadl y funud. Y dewis mwyaf tyner, a’r arferol. Dim dal anadl.',
  },
  extended_exhale: {
    en: 'In for 4 s, out for 6 s: 6 breaths a minute. A longer breath out is calming. No holds; a good default too.',
    cy: 'I mewn am 4 eiliad, allan am 6 eiliad: 6 anadl y funud. Mae anadl allan hirach yn tawelu. Dim dal anadl; dewis da bob dydd hefyd.',
  },
  box: {
    en: 'In 4 s, hold 4 s, out 4 s, hold 4 s: under 4 breaths a minute. Holds can be hard for frail or breathless residents: only for those who find it easy.',
    cy: 'I mewn 4 eiliad, dal 4, allan 4, dal 4: llai na 4 anadl y funud. Gall dal anadl fod yn anodd i breswylwyr eiddil neu fyr eu gwynt: dim ond i’r rhai sy’n ei gael yn hawdd.',
  },
  four_seven_eight: {
    en: 'In 4 s, hold 7 s, out 8 s: about 3 breaths a minute. The longest hold: not for residents with breathing difficulties.',
    cy: 'I mewn 4 eiliad, dal 7, allan 8: tua 3 anadl y funud. Y dal hiraf: nid i breswylwyr ag anawsterau anadlu.',
  },
  cyclic_sigh: {
    en: 'A breath in, a short top-up breath, then a long sigh out: 6 breaths a minute. It lifted mood most in one study (Balban 2023). No holds.',
    cy: 'Anadl i mewn, anadl fer ychwanegol, yna ochenaid hir allan: 6 anadl y funud. Cododd hwyliau fwyaf mewn un astudiaeth (Balban 2023). Dim dal anadl.',
  },
};

/** Every explanation in every language (the font coverage test walks these). */
export function allPatternExplanations(): string[] {
  return Object.values(PATTERN_EXPLANATIONS).flatMap((e) => [e.en, e.cy]);
}
