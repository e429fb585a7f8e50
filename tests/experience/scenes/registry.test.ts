import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SceneManifestSchema,
  THUMBNAIL_MAX_BYTES,
  THUMBNAIL_SIZE,
} from '../../../src/core/schemas/sceneManifest.ts';
import { t } from '../../../src/core/i18n/catalogue.ts';
import { SCENES, findScene } from '../../../src/experience/scenes/registry.ts';

/** Width and height of a WebP file (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WEBP');
  const chunk = bytes.toString('ascii', 12, 16);
  if (chunk === 'VP8 ') {
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    const b = bytes.readUInt32LE(21);
    return { width: (b & 0x3fff) + 1, height: ((b >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') {
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  throw new Error(`unknown WebP chunk ${chunk}`);
}

describe('the scene registry', () => {
  it('offers the four relaxation scenes, beach first', () => {
    expect(SCENES.map((s) => s.manifest.id)).toEqual(['beach', 'glade', 'aurora', 'garden']);
  });

  it('has unique ids, and findScene finds each', () => {
    const ids = SCENES.map((s) => s.manifest.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findScene(id)?.manifest.id).toBe(id);
    expect(findScene('nowhere')).toBeUndefined();
  });

  it.each(SCENES.map((s) => [s.manifest.id, s] as const))(
    '%s: a valid manifest in its own folder, with titles in English and Welsh',
    (id, entry) => {
      expect(SceneManifestSchema.parse(entry.manifest)).toEqual(entry.manifest);
      expect(fs.existsSync(path.join('src/experience/scenes', id, 'manifest.ts'))).toBe(true);
      expect(t('en', entry.manifest.titleKey)).not.toBe(t('cy', entry.manifest.titleKey));
      expect(t('cy', entry.manifest.descriptionKey).length).toBeGreaterThan(10);
      // Scene code is loaded lazily, on choosing it: the loader is a dynamic import.
      expect(entry.load.toString()).toMatch(new RegExp(`import.*scenes/${id}/\\w+Scene\\.tsx`));
    },
  );

  it.each(SCENES.map((s) => [s.manifest.id, s.manifest.thumbnail] as const))(
    '%s: its thumbnail is a small WebP served by Hafan from public/',
    (_, thumbnail) => {
      const file = path.join('public', thumbnail);
      expect(fs.existsSync(file), `${file} (run npm run thumbnails)`).toBe(true);
      const bytes = fs.readFileSync(file);
      expect(bytes.length).toBeLessThanOrEqual(THUMBNAIL_MAX_BYTES);
      expect(webpSize(bytes)).toEqual(THUMBNAIL_SIZE);
    },
  );

  it('no two scenes share a narration script or a thumbnail', () => {
    const scripts = SCENES.map((s) => s.manifest.narration);
    expect(new Set(scripts).size).toBe(scripts.length);
    const thumbs = SCENES.map((s) => s.manifest.thumbnail);
    expect(new Set(thumbs).size).toBe(thumbs.length);
  });
});
