import regularUrl from '../../../assets/fonts/atkinson-hyperlegible-next-cy-400.otf?url';
import boldUrl from '../../../assets/fonts/atkinson-hyperlegible-next-cy-700.otf?url';

/**
 * Atkinson Hyperlegible Next, with Fontsource's latin and latin-ext subsets merged into one file
 * (scripts/build-font.mjs) so Welsh ŵ and ŷ render offline. Passing a font stops troika from
 * fetching one from a CDN; tests/core/i18n/fontCoverage.test.ts proves every glyph is present.
 */
export const FONT_REGULAR = regularUrl;
export const FONT_BOLD = boldUrl;
