import fs from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { allResidentStrings } from '../../../src/core/i18n/catalogue.ts';
import { BUILT_IN_INSTRUMENTS } from '../../../src/core/instruments/registry.ts';
import { allPatternExplanations } from '../../../src/core/breathing/explanations.ts';
import { allNarrationStrings } from '../../../src/core/narration/library.ts';

/** Every text of every built-in instrument, in both languages (residents read these in VR). */
function instrumentStrings(): string[] {
  return BUILT_IN_INSTRUMENTS.flatMap((d) => [
    d.title,
    ...d.items.flatMap((i) => [
      i.text,
      ...(i.response.kind === 'choice'
        ? i.response.options.map((o) => o.label)
        : [i.response.minLabel, i.response.maxLabel]),
    ]),
  ]).flatMap((t) => [t.en, t.cy]);
}

const FONTS = [
  'assets/fonts/atkinson-hyperlegible-next-cy-400.otf',
  'assets/fonts/atkinson-hyperlegible-next-cy-700.otf',
];

function load(file: string): opentype.Font {
  const b = fs.readFileSync(file);
  return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

describe.each(FONTS)('bundled font %s', (file) => {
  const font = load(file);
  // The catalogue, instrument texts, narration scripts (captions) and the pattern explanations.
  const strings = [
    ...allResidentStrings(),
    ...instrumentStrings(),
    ...allNarrationStrings(),
    ...allPatternExplanations(),
  ];
  const chars = new Set(strings.join(''));

  it('checks the narration scripts too', () => {
    expect(allNarrationStrings().length).toBeGreaterThan(150);
    expect(chars.has('ŵ')).toBe(true);
  });

  it('has a drawn glyph for every character of every resident-facing string', () => {
    const missing: string[] = [];
    for (const ch of chars) {
      const index = font.charToGlyphIndex(ch);
      const glyph = font.glyphs.get(index);
      const drawn = /\s/.test(ch) || glyph.getPath(0, 0, 72).commands.length > 0;
      if (index === 0 || !drawn) missing.push(`${ch} U+${ch.codePointAt(0)!.toString(16)}`);
    }
    expect(missing).toEqual([]);
  });

  it('covers the Welsh letters with circumflex and diaeresis, even those not yet used', () => {
    for (const ch of 'âêîôûŵŷÂÊÎÔÛŴŶäëïöüẅÿáéíóúẃýàèìòùẁỳ’') {
      expect(font.charToGlyphIndex(ch), ch).toBeGreaterThan(0);
    }
  });
});
