import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

/** Size of a file as served compressed: gzip at level 9. */
export const gzSize = (buf: Buffer): number => zlib.gzipSync(buf, { level: 9 }).length;

/** A string only three.js's renderer contains: a chunk holding it holds three.js. */
const THREE_MARKER = 'WebGLRenderer';

export interface LoadedFile {
  /** Path under dist/, e.g. `assets/main-abc123.js`. */
  name: string;
  gzBytes: number;
  three: boolean;
  /** Fetched before the page was usable (false: fetched during the later warm-up). */
  firstLoad: boolean;
}

export interface LoadFigures {
  route: string;
  files: LoadedFile[];
  /** JS fetched until the page is usable (ready element shown, network idle). */
  gzBytes: number;
  /** Everything fetched once the page has also warmed up for offline use (a few seconds later). */
  warmGzBytes: number;
  loadsThree: boolean;
}

/** Waits until the page has painted: `ready` is visible and two animation frames have run. */
async function painted(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * Every JS file the browser fetches to show `route` (in a fresh page, so nothing is cached from
 * an earlier route), each mapped to its file in `dist` and sized as gzip -9.
 */
export async function firstLoad(
  context: BrowserContext,
  base: string,
  route: string,
  dist: string,
  ready: string,
  warmMs = 7000,
): Promise<LoadFigures> {
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    const pathname = new URL(res.url()).pathname;
    if (type === 'script' || pathname.endsWith('.js')) urls.push(pathname);
  });
  await page.goto(`${base}${route}`);
  await painted(page, ready);
  await page.waitForLoadState('networkidle');
  const firstCount = new Set(urls).size;
  await page.waitForTimeout(warmMs);
  await page.close();
  const files = [...new Set(urls)].map((u, i): LoadedFile => {
    const file = path.join(dist, decodeURIComponent(u));
    if (!fs.existsSync(file)) throw new Error(`${route} loaded ${u}, which is not in ${dist}/`);
    const buf = fs.readFileSync(file);
    return {
      name: path.relative(dist, file),
      gzBytes: gzSize(buf),
      three: buf.includes(THREE_MARKER),
      firstLoad: i < firstCount,
    };
  });
  const sum = (list: LoadedFile[]) => list.reduce((a, f) => a + f.gzBytes, 0);
  return {
    route,
    files,
    gzBytes: sum(files.filter((f) => f.firstLoad)),
    warmGzBytes: sum(files),
    loadsThree: files.some((f) => f.three),
  };
}

export interface BuildFigures {
  files: number;
  totalBytes: number;
  /** JavaScript outside dist/profiles. */
  jsFiles: number;
  jsBytes: number;
  jsGzBytes: number;
  /** dist/profiles: WebXR controller and hand models, fetched only when a controller appears. */
  profileFiles: number;
  profileBytes: number;
  /** The largest JS files, biggest first. */
  largestJs: { name: string; bytes: number; gzBytes: number }[];
}

export function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export function buildFigures(dist: string): BuildFigures {
  const fig: BuildFigures = {
    files: 0,
    totalBytes: 0,
    jsFiles: 0,
    jsBytes: 0,
    jsGzBytes: 0,
    profileFiles: 0,
    profileBytes: 0,
    largestJs: [],
  };
  for (const f of walk(dist)) {
    const buf = fs.readFileSync(f);
    const rel = path.relative(dist, f);
    fig.files++;
    fig.totalBytes += buf.length;
    if (rel.split(path.sep)[0] === 'profiles') {
      fig.profileFiles++;
      fig.profileBytes += buf.length;
    } else if (/\.m?js$/.test(rel)) {
      const gzBytes = gzSize(buf);
      fig.jsFiles++;
      fig.jsBytes += buf.length;
      fig.jsGzBytes += gzBytes;
      fig.largestJs.push({ name: rel, bytes: buf.length, gzBytes });
    }
  }
  fig.largestJs = fig.largestJs.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return fig;
}

/** File names of iwer (the WebXR emulator) and of its synthetic rooms. */
const EMULATOR_NAME = /iwer|living_room|meeting_room|music_room|office_large|office_small/i;
/**
 * Strings only iwer contains: its package name, its device class and runtime installer, and the
 * names in its headset configs. (`metaQuest3` is not one: @pmndrs/xr names it as the default of
 * its `emulate` option, so it is reported but is not a failure.)
 */
export const EMULATOR_MARKERS = [
  'iwer',
  'XRDevice',
  'installRuntime',
  'Meta Quest 3',
  'Oculus Quest 1',
  'living_room',
];
const INFO_MARKERS = ['metaQuest3'];

export interface EmulatorScan {
  /** Files whose name or content carries an iwer marker, with the markers found. */
  hits: { file: string; markers: string[] }[];
  /** Files holding only an informational marker (a name, not the emulator). */
  notes: { file: string; markers: string[] }[];
}

/** Searches every file name and every text file's content in `dir` for the emulator. */
export function scanForEmulator(dir: string): EmulatorScan {
  const scan: EmulatorScan = { hits: [], notes: [] };
  for (const f of walk(dir)) {
    const rel = path.relative(dir, f);
    const markers: string[] = [];
    if (EMULATOR_NAME.test(rel)) markers.push(`file name`);
    if (/\.(m?js|html|css|json|map|txt)$/.test(rel)) {
      const text = fs.readFileSync(f, 'utf8');
      markers.push(...EMULATOR_MARKERS.filter((m) => text.includes(m)));
      const info = INFO_MARKERS.filter((m) => text.includes(m));
      if (markers.length === 0 && info.length > 0) scan.notes.push({ file: rel, markers: info });
    }
    if (markers.length > 0) scan.hits.push({ file: rel, markers });
  }
  return scan;
}
