/**
 * `npm run bench`: the front-end budgets, measured for real and written to docs/BENCHMARKS.md.
 * - Bundle: gzipped JS of the first load of /, /console and /research (budget 400 KB for /; the
 *   staff and research pages must load no three.js), build totals, and that no WebXR emulator
 *   (iwer) is in the production build.
 * - Scenes: draw calls, triangles, programs, median / 95th-percentile JS ms per frame and React
 *   commits in steady state, for each scene in the registry, beside a minimal plain three.js scene
 *   measured in the same browser in the same run. Software WebGL makes absolute ms meaningless;
 *   the ratio to the baseline is what to watch.
 * Exits non-zero when a budget is broken (after writing the file).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { SCENES } from '../../src/experience/scenes/registry.ts';
import { launch } from '../e2e/browser.ts';
import { startServer } from '../e2e/server.ts';
import { buildFigures, firstLoad, frameFigures, type FrameFigures } from './measure.ts';
import { kb, ms, table, writeSection } from './report.ts';
import { serveStatic } from './staticServer.ts';

const FIRST_LOAD_BUDGET = 400 * 1024;
const DRAW_CALL_BUDGET = 100;
const TRIANGLE_BUDGET = 300_000;
const BASELINE_DIR = '.tmp/bench-baseline';

function sh(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => (ok ? 'ok' : (failures.push(what), 'OVER BUDGET'));

sh('npx', ['vite', 'build', '--logLevel', 'warn']);
sh('npx', [
  'vite',
  'build',
  '--config',
  'tests/bench/baseline/vite.config.ts',
  '--logLevel',
  'warn',
]);

const server = await startServer({ dist: 'dist' });
const probeServer = await startServer({ dist: 'dist-e2e' });
const baselineServer = await serveStatic(BASELINE_DIR);
const context = await launch({ width: 640, height: 400 });
try {
  const loads = [
    await firstLoad(context, server.url, '/', 'dist', 'canvas'),
    await firstLoad(context, server.url, '/console', 'dist', 'h1'),
    await firstLoad(context, server.url, '/research', 'dist', 'h1'),
  ];
  const build = buildFigures('dist');
  const baseline = await frameFigures(context, `${baselineServer.url}/`);
  const scenes: [string, FrameFigures][] = [];
  for (const { manifest } of SCENES) {
    scenes.push([
      manifest.id,
      await frameFigures(context, `${server.url}/?preview=${manifest.id}&stats=1`),
    ]);
  }

  const audioPage = await context.newPage();
  await audioPage.goto(`${probeServer.url}/?emulate=1`);
  await audioPage.waitForFunction(() => typeof window.__hafanRenderAmbience === 'function');
  const audio = [];
  for (const { manifest } of SCENES) {
    const r = await audioPage.evaluate(
      (k) => window.__hafanRenderAmbience!(k, 10),
      manifest.ambience,
    );
    audio.push([manifest.id, r] as const);
  }
  await audioPage.close();

  const chromium = execFileSync('/usr/bin/chromium', ['--version'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .toString()
    .trim();
  const bundle = table(
    [
      'route',
      'JS files',
      'first load (gzipped JS)',
      'budget',
      'after offline warm-up',
      'loads three.js',
      'verdict',
    ],
    loads.map((l) => {
      const budgetOk = l.route === '/' ? l.gzBytes <= FIRST_LOAD_BUDGET : !l.loadsThree;
      return [
        `\`${l.route}\``,
        l.files.length,
        kb(l.gzBytes),
        l.route === '/' ? kb(FIRST_LOAD_BUDGET) : 'no three.js',
        kb(l.warmGzBytes),
        l.loadsThree ? 'yes' : 'no',
        check(budgetOk, `first load of ${l.route}`),
      ];
    }),
  );
  const buildTable = table(
    ['figure', 'value'],
    [
      ['whole build (dist/)', kb(build.totalBytes)],
      ['JavaScript', `${kb(build.jsBytes)} (${kb(build.jsGzBytes)} gzipped)`],
      ['controller and hand models (dist/profiles)', kb(build.profileBytes)],
      [
        'WebXR emulator (iwer) files',
        build.emulatorFiles.length === 0
          ? 'none (ok)'
          : `${build.emulatorFiles.join(', ')} (${check(false, 'iwer in the production build')})`,
      ],
    ],
  );
  const row = (name: string, f: FrameFigures, isBaseline = false) => [
    name,
    f.drawCalls,
    f.triangles.toLocaleString('en-GB'),
    f.programs,
    ms(f.medianMs),
    ms(f.p95Ms),
    isBaseline ? '1.00' : (f.medianMs / baseline.medianMs).toFixed(2),
    f.fps.toFixed(1),
    isBaseline ? '–' : f.reactCommits,
    isBaseline
      ? '–'
      : check(
          f.drawCalls <= DRAW_CALL_BUDGET && f.triangles <= TRIANGLE_BUDGET && f.reactCommits === 0,
          `scene ${name}`,
        ),
  ];
  const sceneTable = table(
    [
      'scene',
      'draw calls',
      'triangles',
      'programs',
      'median JS ms/frame',
      'p95 JS ms/frame',
      '× baseline',
      'fps (software GL)',
      'React commits while running',
      'verdict',
    ],
    [row('baseline: plain three.js box', baseline, true), ...scenes.map(([id, f]) => row(id, f))],
  );

  const audioTable = table(
    ['scene', 'ambience bed', 'CPU ms per second of audio', 'RMS level', 'peak'],
    audio.map(([id, r]) => [id, r.kind, ms(r.msPerSecond), r.rms.toFixed(3), r.peak.toFixed(2)]),
  );
  const body = `## Front end

Command: \`npm run bench\` — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${chromium}, ${os.cpus().length} cores, viewport 640×400, software WebGL.

### First load (gzip -9 of each JS file the browser fetched)

"First load" is everything fetched until the page is usable and the network is idle. A few
seconds later the resident app fetches the session's own code ahead of time, so a session still
runs if the Wi-Fi drops; that total is shown as "after offline warm-up".

${bundle}

### Production build

${buildTable}

### Scenes (budget per frame: ≤ ${DRAW_CALL_BUDGET} draw calls, ≤ ${TRIANGLE_BUDGET.toLocaleString('en-GB')} triangles, no React commits in steady state)

Each scene runs alone (\`/?preview=<id>&stats=1\`) for 3 s to warm up, then is sampled for 6 s. JS ms per frame runs from the first \`useFrame\` callback to the end of \`gl.render\`; the baseline is timed the same way.

${sceneTable}

### Ambience (10 s rendered in an OfflineAudioContext at 48 kHz, stereo)

${audioTable}
`;
  writeSection('frontend', body);
  console.log(body);
} finally {
  await context.close();
  baselineServer.close();
  await server.stop();
  await probeServer.stop();
}

if (failures.length > 0) {
  console.error(`\nOver budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nAll front-end budgets met; written to docs/BENCHMARKS.md');
