// Merges Fontsource's latin and latin-ext subsets of Atkinson Hyperlegible Next into one font
// file. troika-three-text resolves only one user font reliably and fetches fallbacks from a CDN,
// which a care home without internet cannot reach, so every glyph must live in one bundled file.
// Run: node scripts/build-font.mjs   (the output is committed under assets/fonts/)
import fs from 'node:fs';
import path from 'node:path';
import opentype from 'opentype.js';

const dir = 'node_modules/@fontsource/atkinson-hyperlegible-next/files';
const subsets = ['latin', 'latin-ext'];
const weights = [400, 700];

function load(file) {
  const b = fs.readFileSync(path.join(dir, file));
  return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

for (const weight of weights) {
  const fonts = subsets.map((s) => load(`atkinson-hyperlegible-next-${s}-${weight}-normal.woff`));
  const base = fonts[0];
  const glyphs = [base.glyphs.get(0)]; // .notdef first
  const seen = new Set();
  for (const font of fonts) {
    for (let i = 1; i < font.glyphs.length; i++) {
      const g = font.glyphs.get(i);
      const codes = (g.unicodes ?? []).filter((u) => !seen.has(u));
      if (codes.length === 0) continue;
      codes.forEach((u) => seen.add(u));
      glyphs.push(
        new opentype.Glyph({
          name: g.name ?? `uni${codes[0].toString(16).toUpperCase().padStart(4, '0')}`,
          unicode: codes[0],
          unicodes: codes,
          advanceWidth: g.advanceWidth,
          path: g.getPath(0, 0, base.unitsPerEm),
        }),
      );
    }
  }
  // getPath flips y for screen drawing; flip back into font units.
  for (const g of glyphs.slice(1)) {
    for (const c of g.path.commands) {
      for (const k of ['y', 'y1', 'y2']) if (k in c) c[k] = -c[k];
    }
  }
  const merged = new opentype.Font({
    familyName: 'Hafan Atkinson Hyperlegible Next',
    styleName: weight === 700 ? 'Bold' : 'Regular',
    unitsPerEm: base.unitsPerEm,
    ascender: base.ascender,
    descender: base.descender,
    glyphs,
  });
  const out = `assets/fonts/atkinson-hyperlegible-next-cy-${weight}.otf`;
  fs.writeFileSync(out, Buffer.from(merged.toArrayBuffer()));
  console.log(`${out}: ${glyphs.length} glyphs, ${seen.size} code points`);
}
