import { cy } from './cy.ts';
import { en, type MessageKey } from './en.ts';

/**
 * Resident-facing strings in English (en.ts) and Welsh (cy.ts). Welsh text is a draft until a
 * Welsh speaker has reviewed it (CY_REVIEWED stays false until then, and the UI marks it as draft).
 */

export { cy, en, type MessageKey };

export type Lang = 'en' | 'cy';
export const LANGS: readonly Lang[] = ['en', 'cy'];
export const CY_REVIEWED = false;

export const CATALOGUES: Readonly<Record<Lang, Record<MessageKey, string>>> = { en, cy };

/** A message with `{name}` placeholders filled in. Unknown placeholders are left as they are. */
export function t(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = CATALOGUES[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Every string a resident may see, in every language: the font coverage test walks these. */
export function allResidentStrings(): string[] {
  return LANGS.flatMap((lang) => Object.values(CATALOGUES[lang]));
}
