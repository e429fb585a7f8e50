import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMULATOR_MARKERS, scanForEmulator } from '../bench/bundle.ts';
import { readPrecache, type PrecacheEntry } from '../bench/precache.ts';

// The service worker's precache list, from real builds: everything a relaxation session needs,
// and never the WebXR emulator, in the production build and in the e2e build (which has it).

const OUT = path.resolve('.tmp/precache-test');
// (The production build's `_hafan-no-emulator` stub, which only throws, is not one.)
const EMULATOR_FILE =
  /\/(emulate|emulator)-|iwer|living_room|meeting_room|music_room|office_large|office_small/i;
/** Test-only code in the e2e build: not the emulator, but not for headsets either. */
const TEST_ONLY = /\/renderProbe-/;
/** The research pages and their chart library: never opened on a headset. */
const DESK_ONLY = /\/researchPages-/;

function build(mode: 'production' | 'e2e'): string {
  const outDir = path.join(OUT, mode);
  const r = spawnSync(
    'npx',
    ['vite', 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    // vitest sets NODE_ENV=test; the real build runs with production settings.
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error(`vite build --mode ${mode} failed:\n${r.stderr}`);
  return outDir;
}

function emulatorIn(dist: string, entries: PrecacheEntry[]): string[] {
  const found: string[] = [];
  for (const e of entries) {
    if (EMULATOR_FILE.test(e.url)) found.push(`${e.url} (name)`);
    if (/\.(m?js|html|json)$/.test(e.url)) {
      const text = fs.readFileSync(path.join(dist, e.url), 'utf8');
      for (const m of EMULATOR_MARKERS) if (text.includes(m)) found.push(`${e.url} (${m})`);
    }
  }
  return found;
}

const builds: Record<string, { dist: string; entries: PrecacheEntry[] }> = {};

beforeAll(() => {
  for (const mode of ['production', 'e2e'] as const) {
    const dist = build(mode);
    builds[mode] = { dist, entries: readPrecache(dist) };
  }
}, 400_000);

describe.each(['production', 'e2e'])('the %s build precaches', (mode) => {
  it('the resident app, every scene and its picture, the fonts, the Quest controllers and the icons', () => {
    const { dist, entries } = builds[mode]!;
    const urls = entries.map((e) => e.url);
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    for (const chunk of [
      'BeachScene',
      'GladeScene',
      'AuroraScene',
      'GardenScene',
      'SessionLayer',
    ]) {
      expect(urls.some((u) => u.startsWith(`assets/${chunk}-`))).toBe(true);
    }
    // The start screen shows each scene's picture: offline too.
    const thumbnails = fs.readdirSync('public/thumbnails').filter((f) => f.endsWith('.webp'));
    expect(thumbnails.length).toBeGreaterThanOrEqual(4);
    for (const t of thumbnails) expect(urls).toContain(`thumbnails/${t}`);
    expect(urls.filter((u) => /atkinson-hyperlegible.*\.otf$/.test(u))).toHaveLength(2);
    for (const p of ['meta-quest-touch-plus', 'oculus-touch-v3', 'generic-hand']) {
      expect(urls).toContain(`profiles/${p}/left.glb`);
      expect(urls).toContain(`profiles/${p}/right.glb`);
    }
    expect(urls).toContain('profiles/profilesList.json');
    for (const icon of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png']) {
      expect(urls).toContain(`icons/${icon}`);
    }
    // Every script the page can load, except the emulator's and test probes, is in the list.
    const scripts = fs
      .readdirSync(path.join(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `assets/${f}`);
    const emulatorFiles = new Set(scanForEmulator(dist).hits.map((h) => h.file));
    for (const s of scripts) {
      const skipped = EMULATOR_FILE.test(s) || TEST_ONLY.test(s) || DESK_ONLY.test(`/${s}`);
      if (!emulatorFiles.has(s) && !skipped) {
        expect(urls).toContain(s);
      }
    }
  });

  it('no iwer or emulator file', () => {
    const { dist, entries } = builds[mode]!;
    expect(emulatorIn(dist, entries)).toEqual([]);
    expect(entries.some((e) => TEST_ONLY.test(`/${e.url}`))).toBe(false);
    expect(entries.some((e) => e.url.startsWith('api/'))).toBe(false);
  });

  it('not the research pages and their chart library, which a headset never opens', () => {
    const { dist, entries } = builds[mode]!;
    const research = fs
      .readdirSync(path.join(dist, 'assets'))
      .filter((f) => DESK_ONLY.test(`/${f}`));
    // The research chunk is there (so this check is a real one), holding the chart library
    // (Observable Plot names its figures' class "plot-" and a hash).
    expect(research.some((f) => f.endsWith('.js'))).toBe(true);
    const js = research.find((f) => f.endsWith('.js'))!;
    expect(fs.readFileSync(path.join(dist, 'assets', js), 'utf8')).toMatch(/plot-[0-9a-f]{6}/);
    expect(entries.filter((e) => DESK_ONLY.test(`/${e.url}`))).toEqual([]);
  });
});

describe('the e2e build', () => {
  it('does contain the emulator (so the check above is a real one)', () => {
    const { dist } = builds.e2e!;
    const hits = scanForEmulator(dist).hits.map((h) => h.file);
    expect(hits.some((f) => /emulate-.*\.js$/.test(f))).toBe(true);
    expect(hits.some((f) => /living_room/.test(f))).toBe(true);
  });

  it('keeps the production build free of the emulator altogether', () => {
    expect(scanForEmulator(builds.production!.dist).hits).toEqual([]);
  });
});
