import { z } from 'zod';
import { PATTERNS, type PatternId } from '../breathing/patterns.ts';
import { CATALOGUES, LANGS, type MessageKey } from '../i18n/catalogue.ts';
import { thumbnailPath } from '../scenes/sceneAssets.ts';
import { SCENE_SCRIPT_IDS } from '../narration/ids.ts';
import { SceneIdSchema } from './session.ts';

/**
 * A scene's manifest: pure data about it, read by the resident start screen, the console and the
 * bench without loading any three.js. Titles and descriptions are catalogue keys, so every language
 * (en, cy) has them and the font-coverage test checks their glyphs.
 */

/** The procedural sound beds (src/experience/audio/ambience.ts builds each). */
export const AMBIENCE_BEDS = ['sea', 'woodland', 'night', 'garden'] as const;
export const AmbienceBedSchema = z.enum(AMBIENCE_BEDS);
export type AmbienceBed = z.infer<typeof AmbienceBedSchema>;

/** How still a scene is, for staff choosing one for a resident who is prone to sickness. */
export const ComfortRatingSchema = z.enum(['seated-still', 'seated-gentle-motion']);
export type ComfortRating = z.infer<typeof ComfortRatingSchema>;

export { THUMBNAIL_MAX_BYTES, THUMBNAIL_SIZE, thumbnailPath } from '../scenes/sceneAssets.ts';

/** A key that the catalogue has in every language. */
const MessageKeySchema = z.custom<MessageKey>(
  (k) => typeof k === 'string' && LANGS.every((lang) => Object.hasOwn(CATALOGUES[lang], k)),
  { message: 'not a key of the en and cy catalogues' },
);

const PATTERN_IDS = Object.keys(PATTERNS) as [PatternId, ...PatternId[]];

export const SceneManifestSchema = z
  .strictObject({
    id: SceneIdSchema,
    titleKey: MessageKeySchema,
    descriptionKey: MessageKeySchema,
    comfort: ComfortRatingSchema,
    /** For staff: what the resident will see and hear, and anything to be aware of. */
    comfortNotes: z.string().trim().min(20).max(300),
    /** Never a pattern with holds: they are hard for older or breathless residents. */
    defaultPattern: z.enum(PATTERN_IDS).refine((id) => !PATTERNS[id].hasHold, {
      message: 'a scene default must not ask the resident to hold their breath',
    }),
    /** The narration script (assets/narration/<lang>/<script>.json). */
    narration: z.enum(SCENE_SCRIPT_IDS),
    /** The procedural sound bed played under the narration. */
    ambience: AmbienceBedSchema,
    /** Sky colour at the horizon: used for fog, the loading screen and fades. */
    horizonColor: z.string().regex(/^#[0-9a-f]{6}$/, 'a lower-case #rrggbb colour'),
    thumbnail: z.string().regex(/^\/thumbnails\/[a-z0-9-]+\.webp$/),
  })
  .refine((m) => m.thumbnail === thumbnailPath(m.id), {
    message: 'the thumbnail is /thumbnails/<id>.webp',
    path: ['thumbnail'],
  });

export type SceneManifest = z.infer<typeof SceneManifestSchema>;
