/**
 * `npm run thumbnails [-- id …]`: renders each registered scene alone (the `?preview=` page, time
 * frozen a moment into the first in-breath) in headless Chromium and saves
 * - public/thumbnails/<id>.webp: the console's small thumbnail (320×200, WebP, ≤ 30 KB), encoded by
 *   Chromium's own canvas WebP encoder (no image library needed), served by Hafan from dist/;
 * - docs/screenshots/<id>-preview.png: the full 640×400 frame it was made from.
 * Uses a test build in .tmp/ (built here), served by the real server with a throw-away database.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { startServer } from '../tests/e2e/server.ts';
import { SCENES } from '../src/experience/scenes/registry.ts';
import { THUMBNAIL_MAX_BYTES, THUMBNAIL_SIZE } from '../src/core/schemas/sceneManifest.ts';

const BUILD = '.tmp/thumbnails-build';
const THUMBS = 'public/thumbnails';
const SHOTS = 'docs/screenshots';
/** A moment near the top of the first in-breath: the breathing guide is at its fullest. */
const FROZEN_MS = 5000;

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const scenes = SCENES.filter((s) => wanted.length === 0 || wanted.includes(s.manifest.id));
if (scenes.length === 0) throw new Error(`no scene matches ${wanted.join(', ')}`);

const build = spawnSync(
  'npx',
  ['vite', 'build', '--mode', 'e2e', '--outDir', BUILD, '--emptyOutDir', '--logLevel', 'error'],
  { stdio: 'inherit' },
);
if (build.status !== 0) throw new Error('vite build failed');
fs.mkdirSync(THUMBS, { recursive: true });
fs.mkdirSync(SHOTS, { recursive: true });

const server = await startServer({ dist: BUILD });
const context = await launch({ width: 640, height: 400 });
try {
  for (const { manifest } of scenes) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/?preview=${manifest.id}&t=${FROZEN_MS}&stats=1`);
    // The scene's code loads lazily: wait for a few frames after it has drawn (its sky and fog
    // make the canvas more than one colour).
    await page.waitForFunction(() => (window.__hafanStats?.drawCalls ?? 0) > 3, undefined, {
      timeout: 90_000,
    });
    const drawn = await page.evaluate(() => window.__hafanStats!.frames);
    await page.waitForFunction((f) => window.__hafanStats!.frames > f + 4, drawn, {
      timeout: 60_000,
    });
    if (errors.length > 0) throw new Error(`${manifest.id}: ${errors.join('; ')}`);
    await page.screenshot({ path: path.join(SHOTS, `${manifest.id}-preview.png`) });
    const dataUrl = await page.evaluate(
      ({ width, height, maxBytes }) => {
        const src = document.querySelector('canvas');
        if (!src) throw new Error('no canvas');
        const c = document.createElement('canvas');
        c.width = width;
        c.height = height;
        const ctx = c.getContext('2d')!;
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(src, 0, 0, width, height);
        // The best quality that fits (base64 is 4/3 of the bytes).
        for (let q = 0.9; q > 0.2; q -= 0.05) {
          const url = c.toDataURL('image/webp', q);
          if (!url.startsWith('data:image/webp'))
            throw new Error('this browser cannot encode WebP');
          if (((url.length - url.indexOf(',') - 1) * 3) / 4 <= maxBytes * 0.9) return url;
        }
        throw new Error('thumbnail does not fit its byte budget');
      },
      { ...THUMBNAIL_SIZE, maxBytes: THUMBNAIL_MAX_BYTES },
    );
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    fs.writeFileSync(path.join(THUMBS, `${manifest.id}.webp`), bytes);
    console.log(
      `${manifest.id}: ${THUMBS}/${manifest.id}.webp, ${(bytes.length / 1024).toFixed(1)} KB`,
    );
    await page.close();
  }
} finally {
  await context.close();
  await server.stop();
}
