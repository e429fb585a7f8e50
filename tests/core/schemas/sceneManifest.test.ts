import { describe, expect, it } from 'vitest';
import { SceneManifestSchema, thumbnailPath } from '../../../src/core/schemas/sceneManifest.ts';

const valid = {
  id: 'garden',
  titleKey: 'scene.garden.title',
  descriptionKey: 'scene.garden.description',
  comfort: 'seated-still',
  comfortNotes: 'Seated, no motion. A sunny garden; the only movement is falling water.',
  defaultPattern: 'extended_exhale',
  narration: 'garden',
  ambience: 'garden',
  horizonColor: '#e4e6d6',
  thumbnail: '/thumbnails/garden.webp',
};

describe('the scene manifest schema', () => {
  it('accepts a complete manifest', () => {
    expect(SceneManifestSchema.parse(valid)).toEqual(valid);
    expect(thumbnailPath('garden')).toBe(valid.thumbnail);
  });

  it.each([
    ['an id with capitals', { id: 'Garden', thumbnail: '/thumbnails/Garden.webp' }],
    ['a title key the catalogue lacks', { titleKey: 'scene.nowhere.title' }],
    ['a description key the catalogue lacks', { descriptionKey: 'garden.nothing' }],
    ['an unknown comfort rating', { comfort: 'standing' }],
    ['empty comfort notes', { comfortNotes: '  ' }],
    ['a pattern with holds as the default', { defaultPattern: 'box' }],
    ['4-7-8 as the default', { defaultPattern: 'four_seven_eight' }],
    ['an unknown pattern', { defaultPattern: 'panting' }],
    ['an unknown ambience bed', { ambience: 'traffic' }],
    ['a narration script Hafan does not ship', { narration: 'x' }],
    ['narration as catalogue keys', { narration: { intro: ['garden.intro.1'] } }],
    ['a colour that is not #rrggbb', { horizonColor: 'beige' }],
    ['a thumbnail of another scene', { thumbnail: '/thumbnails/beach.webp' }],
    ['a thumbnail from outside Hafan', { thumbnail: 'https://example.org/garden.webp' }],
    ['a PNG thumbnail', { thumbnail: '/thumbnails/garden.png' }],
    ['an extra field', { music: 'loud' }],
  ])('refuses %s', (_, change) => {
    expect(SceneManifestSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('refuses a manifest with a field missing', () => {
    for (const key of Object.keys(valid)) {
      const partial: Record<string, unknown> = { ...valid };
      delete partial[key];
      expect(SceneManifestSchema.safeParse(partial).success, key).toBe(false);
    }
  });
});
