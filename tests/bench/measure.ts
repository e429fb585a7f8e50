import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

export interface LoadFigures {
  route: string;
  files: { name: string; gzBytes: number }[];
  /** JS fetched until the page is usable (its ready element shown, network idle). */
  gzBytes: number;
  /** Everything fetched once the page has also warmed up for offline use (a few seconds later). */
  warmGzBytes: number;
  loadsThree: boolean;
}

const gz = (buf: Buffer) => zlib.gzipSync(buf, { level: 9 }).length;

/** Every JS file the browser fetches to show `route`, sized as gzip -9 of the built file. */
export async function firstLoad(
  context: BrowserContext,
  base: string,
  route: string,
  dist: string,
  ready: string,
): Promise<LoadFigures> {
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') urls.push(new URL(res.url()).pathname);
  });
  await page.goto(`${base}${route}`);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const firstCount = new Set(urls).size;
  await page.waitForTimeout(7000);
  await page.close();
  const files = [...new Set(urls)].map((u) => {
    const buf = fs.readFileSync(path.join(dist, u));
    return { name: u, gzBytes: gz(buf), three: buf.includes('WebGLRenderer') };
  });
  const sum = (list: typeof files) => list.reduce((a, f) => a + f.gzBytes, 0);
  const first = files.slice(0, firstCount);
  return {
    route,
    files: files.map(({ name, gzBytes }) => ({ name, gzBytes })),
    gzBytes: sum(first),
    warmGzBytes: sum(files),
    loadsThree: files.some((f) => f.three),
  };
}

export interface BuildFigures {
  totalBytes: number;
  jsBytes: number;
  jsGzBytes: number;
  profileBytes: number;
  emulatorFiles: string[];
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Markers only iwer and its synthetic rooms contain. */
const EMULATOR_MARKERS = [
  'installRuntime',
  'SyntheticEnvironmentModule',
  'iwer-devui',
  'living_room',
];

export function buildFigures(dist: string): BuildFigures {
  const files = walk(dist);
  let totalBytes = 0;
  let jsBytes = 0;
  let jsGzBytes = 0;
  let profileBytes = 0;
  const emulatorFiles: string[] = [];
  for (const f of files) {
    const buf = fs.readFileSync(f);
    totalBytes += buf.length;
    const rel = path.relative(dist, f);
    if (rel.startsWith('profiles')) profileBytes += buf.length;
    if (f.endsWith('.js')) {
      jsBytes += buf.length;
      jsGzBytes += gz(buf);
    }
    if (
      /iwer|living_room|music_room|office_/.test(rel) ||
      EMULATOR_MARKERS.some((m) => buf.includes(m))
    ) {
      emulatorFiles.push(rel);
    }
  }
  return { totalBytes, jsBytes, jsGzBytes, profileBytes, emulatorFiles };
}

export interface FrameFigures {
  drawCalls: number;
  triangles: number;
  programs: number;
  textures: number;
  medianMs: number;
  p95Ms: number;
  fps: number;
  reactCommits: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Warms a page up, then samples its per-frame figures from window.__hafanStats. */
export async function frameFigures(
  context: BrowserContext,
  url: string,
  warmMs = 3000,
  sampleMs = 6000,
): Promise<FrameFigures> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.__hafanStats?.frames ?? 0) > 5, undefined, {
    timeout: 60_000,
  });
  await page.waitForTimeout(warmMs);
  const before = await page.evaluate(() => ({
    frames: window.__hafanStats!.frames,
    commits: window.__hafanStats!.reactCommits ?? 0,
  }));
  await page.waitForTimeout(sampleMs);
  const s = await page.evaluate(() => ({
    ...window.__hafanStats!,
    frameMs: [...window.__hafanStats!.frameMs],
  }));
  await page.close();
  const n = s.frames - before.frames;
  const sorted = s.frameMs.slice(-n).sort((a, b) => a - b);
  return {
    drawCalls: s.drawCalls,
    triangles: s.triangles,
    programs: s.programs,
    textures: s.textures,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    fps: n / (sampleMs / 1000),
    reactCommits: (s.reactCommits ?? 0) - before.commits,
  };
}
