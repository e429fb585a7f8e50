import { describe, expect, it } from 'vitest';
import { CATALOGUES, CY_REVIEWED, LANGS, en, t } from '../../../src/core/i18n/catalogue.ts';

describe('catalogues', () => {
  it('has a non-empty Welsh entry for every English string, and no extra keys', () => {
    const enKeys = Object.keys(en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(enKeys);
      for (const key of enKeys) {
        expect(CATALOGUES[lang][key as keyof typeof en].trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('keeps the same placeholders in every language', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const lang of LANGS) expect(names(CATALOGUES[lang][key]), key).toEqual(names(en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'app.minutes', { n: 5 })).toBe('5 minutes');
    expect(t('cy', 'app.minutes', { n: 10 })).toBe('10 munud');
  });

  it('marks Welsh as a draft until a speaker reviews it', () => {
    expect(CY_REVIEWED).toBe(false);
    expect(t('cy', 'app.draft')).toBe('Cyfieithiad drafft');
  });
});
