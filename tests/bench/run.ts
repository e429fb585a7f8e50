/**
 * `npm run bench`: Hafan's front-end budgets, measured for real and written to docs/BENCHMARKS.md
 * (only its `bench:frontend` section; other benches own other marked sections of that file).
 *
 * What it measures, on a fresh production build (`vite build` → dist/) served by the real server:
 * - Bundle: the gzipped (-9) JS of the first load of `/`, `/console` and `/research`, taken from
 *   what Chromium actually fetched (budget for `/`: 400 KB; the staff and research pages must load
 *   no three.js), and a per-file breakdown of `/`.
 * - Build: total size of dist/ and of its JS (controller models in dist/profiles counted apart),
 *   and that the WebXR emulator (iwer) is nowhere in dist/ — the same scan run over a test build
 *   (`--mode e2e`, which does contain iwer) must find it, so a broken scan cannot pass silently.
 * - Scenes: for every scene in the registry, alone at 640×400 with time running, 3 s warm-up then
 *   6 s sampled: draw calls, triangles, programs, textures, median and p95 JS ms per frame, fps,
 *   and React commits (must be 0 in steady state). Budget: ≤ 100 draw calls, ≤ 300k triangles.
 * - Ambience: the CPU cost and level of each scene's sound bed, rendered offline.
 *
 * Why the baseline: this machine has no GPU. Chromium draws with SwiftShader (software WebGL) on 2
 * cores, so absolute milliseconds and fps say little about a Quest and drift with machine load. A
 * plain three.js page (one lit box on a plane, tests/bench/baseline/) is built and measured in the
 * same browser, viewport and run, timed the same way; the scene/baseline ratio is the figure to
 * watch from run to run. Draw calls, triangles and bytes are exact and need no baseline.
 *
 * Exits non-zero when a budget is broken (after writing the file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { CHROMIUM_PATH, launch } from '../e2e/browser.ts';
import { startServer, type RunningServer } from '../e2e/server.ts';
import { ambienceFigures } from './audio.ts';
import { buildFigures, firstLoad, scanForEmulator, type LoadFigures } from './bundle.ts';
import { frameFigures, type FrameFigures } from './frames.ts';
import { frontendSection, verdicts, type FrontendResults } from './frontendReport.ts';
import { writeSection, BENCHMARKS_FILE } from './report.ts';
import { previewPath, registryScenes } from './scenes.ts';
import { serveStatic } from './staticServer.ts';

const DIST = 'dist';
const BASELINE_DIR = '.tmp/bench-baseline';
const TEST_BUILD_DIR = '.tmp/bench-e2e';
const VIEWPORT = { width: 640, height: 400 };
const WARM_MS = 3000;
const SAMPLE_MS = 6000;

function sh(cmd: string, args: string[]): void {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
  console.log(`  ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function quiet(cmd: string, args: string[]): string | undefined {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

const step = (what: string) => console.log(`\n[bench] ${what}`);
const started = Date.now();

step('building: production (dist/), the three.js baseline, and a test build for the probes');
sh('npx', ['vite', 'build', '--logLevel', 'warn']);
sh('npx', ['vite', 'build', '--config', 'tests/bench/baseline/vite.config.ts']);
sh('npx', [
  'vite',
  'build',
  '--mode',
  'e2e',
  '--outDir',
  TEST_BUILD_DIR,
  '--emptyOutDir',
  '--logLevel',
  'error',
]);

const { scenes: sceneList, via } = await registryScenes();
console.log(`  scenes (${via}): ${sceneList.map((s) => s.id).join(', ')}`);

let server: RunningServer | undefined;
let testServer: RunningServer | undefined;
let baselineServer: Awaited<ReturnType<typeof serveStatic>> | undefined;
const context = await launch(VIEWPORT);
let results: FrontendResults;
try {
  server = await startServer({ dist: DIST });
  testServer = await startServer({ dist: TEST_BUILD_DIR });
  baselineServer = await serveStatic(BASELINE_DIR);

  step(`first loads from ${server.url}`);
  const loads: LoadFigures[] = [];
  for (const [route, ready] of [
    ['/', 'canvas'],
    ['/console', '#root > *'],
    ['/research', '#root > *'],
  ] as const) {
    loads.push(await firstLoad(context, server.url, route, DIST, ready));
    console.log(`  ${route}: ${(loads.at(-1)!.gzBytes / 1024).toFixed(1)} KB gz`);
  }

  step('frames: baseline, then each scene');
  const baseline = await frameFigures(context, `${baselineServer.url}/`, WARM_MS, SAMPLE_MS);
  console.log(
    `  baseline: median ${baseline.medianMs.toFixed(2)} ms, ${baseline.fps.toFixed(1)} fps`,
  );
  const scenes: [string, FrameFigures][] = [];
  for (const scene of sceneList) {
    const { id } = scene;
    const url = `${server.url}${previewPath(scene)}`;
    const f = await frameFigures(context, url, WARM_MS, SAMPLE_MS);
    console.log(`  ${id}: ${f.drawCalls} draw calls, median ${f.medianMs.toFixed(2)} ms`);
    scenes.push([id, f]);
  }

  step('ambience beds');
  const audio = await ambienceFigures(
    context,
    testServer.url,
    // The social scenes reuse relaxation beds (sea, garden): measured once, with their own scene.
    sceneList.filter((s) => !s.social),
  );

  results = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    chromium: quiet(CHROMIUM_PATH, ['--version']) ?? 'Chromium (version unknown)',
    cores: Number(quiet('nproc', [])) || os.availableParallelism(),
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
    loads,
    build: buildFigures(DIST),
    emulator: scanForEmulator(DIST),
    emulatorControl: scanForEmulator(TEST_BUILD_DIR),
    baseline,
    scenes,
    sceneSource:
      via === 'import'
        ? '`SCENES` and `SOCIAL_SCENES` in `registry.ts`'
        : 'parsed from `registry.ts`',
    audio,
    warmMs: WARM_MS,
    sampleMs: SAMPLE_MS,
  };
} finally {
  await context.close();
  baselineServer?.close();
  await server?.stop();
  await testServer?.stop();
}

const list = verdicts(results);
const body = frontendSection(results, list);
writeSection('frontend', body);
console.log(`\n${body}\n`);

const broken = list.filter((v) => !v.ok);
const took = ((Date.now() - started) / 1000).toFixed(0);
if (broken.length > 0) {
  console.error(
    `\n[bench] ${broken.length} budget(s) broken: ${broken.map((v) => v.check).join('; ')}` +
      ` (written to ${BENCHMARKS_FILE}, ${took} s)`,
  );
  process.exit(1);
}
console.log(`\n[bench] all front-end budgets met; written to ${BENCHMARKS_FILE} (${took} s)`);
