import type { AmbienceRender } from '../../src/experience/audio/renderProbe.ts';
import {
  EMULATOR_MARKERS,
  type BuildFigures,
  type EmulatorScan,
  type LoadFigures,
} from './bundle.ts';
import type { FrameFigures } from './frames.ts';
import { kb, ms, table } from './report.ts';

export const BUDGET = {
  firstLoadGz: 400 * 1024,
  drawCalls: 100,
  triangles: 300_000,
  /**
   * "No allocation per frame": no objects made per frame by Hafan's code. What remains is the JS
   * engine boxing numbers at call boundaries (R3F passing `delta`, three's math), which the plain
   * three.js baseline shows too (tens to a few hundred bytes, varying with the JIT). 512 B a
   * frame at 72 Hz is 37 KB/s: one young-generation collection (under 1 ms) every few minutes.
   */
  allocBytesPerFrame: 512,
} as const;

export interface Verdict {
  check: string;
  measured: string;
  budget: string;
  ok: boolean;
}

export interface FrontendResults {
  date: string;
  node: string;
  chromium: string;
  cores: number;
  viewport: string;
  loads: LoadFigures[];
  build: BuildFigures;
  emulator: EmulatorScan;
  /** The same scan over the test build, which does contain iwer: proves the scan finds it. */
  emulatorControl: EmulatorScan;
  baseline: FrameFigures;
  scenes: [string, FrameFigures][];
  sceneSource: string;
  audio: [string, AmbienceRender][];
  warmMs: number;
  sampleMs: number;
}

const count = (n: number) => n.toLocaleString('en-GB');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const yes = (ok: boolean) => (ok ? 'ok' : '**FAIL**');

export function verdicts(r: FrontendResults): Verdict[] {
  const out: Verdict[] = [];
  for (const l of r.loads) {
    if (l.route === '/') {
      out.push({
        check: 'first load of `/` (gzipped JS)',
        measured: kb(l.gzBytes),
        budget: `≤ ${kb(BUDGET.firstLoadGz)}`,
        ok: l.gzBytes <= BUDGET.firstLoadGz,
      });
    } else {
      const three = l.files.filter((f) => f.three).map((f) => f.name);
      out.push({
        check: `\`${l.route}\` loads no three.js`,
        measured: three.length === 0 ? 'no three.js' : `three.js in ${three.join(', ')}`,
        budget: 'no chunk with `WebGLRenderer`',
        ok: three.length === 0,
      });
    }
  }
  out.push({
    check: 'WebXR emulator (iwer) absent from dist/',
    measured:
      r.emulator.hits.length === 0
        ? 'absent'
        : r.emulator.hits.map((h) => `${h.file} (${h.markers.join(', ')})`).join('; '),
    budget: 'absent',
    ok: r.emulator.hits.length === 0,
  });
  out.push({
    check: 'the iwer scan finds iwer in the test build (control)',
    measured: `${r.emulatorControl.hits.length} files`,
    budget: '≥ 1 file',
    ok: r.emulatorControl.hits.length > 0,
  });
  for (const [id, f] of r.scenes) {
    out.push({
      check: `${id}: draw calls`,
      measured: count(f.drawCalls),
      budget: `≤ ${BUDGET.drawCalls}`,
      ok: f.drawCalls <= BUDGET.drawCalls,
    });
    out.push({
      check: `${id}: triangles`,
      measured: count(f.triangles),
      budget: `≤ ${count(BUDGET.triangles)}`,
      ok: f.triangles <= BUDGET.triangles,
    });
    out.push({
      check: `${id}: React commits while running`,
      measured: count(f.reactCommits),
      budget: '0',
      ok: f.reactCommits === 0,
    });
    out.push({
      check: `${id}: JS bytes allocated per frame`,
      measured: `${Math.round(f.allocBytesPerFrame)} (baseline ${Math.round(r.baseline.allocBytesPerFrame)})`,
      budget: `≤ ${BUDGET.allocBytesPerFrame}`,
      ok: f.allocBytesPerFrame <= BUDGET.allocBytesPerFrame,
    });
  }
  return out;
}

function bundleSection(r: FrontendResults): string {
  const routes = table(
    ['route', 'JS files', 'first load (gzipped JS)', 'budget', 'after offline warm-up', 'three.js'],
    r.loads.map((l) => [
      `\`${l.route}\``,
      l.files.filter((f) => f.firstLoad).length,
      kb(l.gzBytes),
      l.route === '/' ? kb(BUDGET.firstLoadGz) : 'no three.js',
      kb(l.warmGzBytes),
      l.loadsThree ? 'yes' : 'no',
    ]),
  );
  const home = r.loads.find((l) => l.route === '/');
  const files = home
    ? table(
        ['file', 'gzipped', 'share of first load', 'when', 'holds three.js'],
        [...home.files]
          .sort((a, b) => b.gzBytes - a.gzBytes)
          .map((f) => [
            `\`${f.name}\``,
            kb(f.gzBytes),
            f.firstLoad ? `${((100 * f.gzBytes) / home.gzBytes).toFixed(0)} %` : '–',
            f.firstLoad ? 'first load' : 'warm-up',
            f.three ? 'yes' : 'no',
          ]),
      )
    : '';
  return `### Bundle

Each route is opened in a fresh page of the real server serving \`dist/\`; every JS response is
mapped to its file in \`dist/\` and sized as \`gzip -9\`. "First load" is everything fetched until
the page has painted and the network is idle. A few seconds later the resident app fetches the
session's own code ahead of time, so a session still runs if the Wi-Fi drops: that total is
"after offline warm-up".

${routes}

JS files of \`/\`, largest first:

${files}`;
}

function buildSection(r: FrontendResults): string {
  const b = r.build;
  const largest = b.largestJs.map((f) => `\`${f.name}\` ${kb(f.bytes)} (${kb(f.gzBytes)} gz)`);
  const iwer =
    r.emulator.hits.length === 0
      ? 'absent (ok)'
      : `**FOUND**: ${r.emulator.hits.map((h) => `${h.file} (${h.markers.join(', ')})`).join('; ')}`;
  const notes = r.emulator.notes.map((n) => `${n.file} (${n.markers.join(', ')})`).join('; ');
  return `### Build

${table(
  ['figure', 'value'],
  [
    ['whole build (`dist/`)', `${kb(b.totalBytes)} in ${b.files} files`],
    [
      'JavaScript (outside `dist/profiles`)',
      `${kb(b.jsBytes)} in ${b.jsFiles} files (${kb(b.jsGzBytes)} gzipped)`,
    ],
    ['largest JS files', largest.join('<br>')],
    [
      'controller and hand models (`dist/profiles`)',
      `${kb(b.profileBytes)} in ${b.profileFiles} files`,
    ],
    ['WebXR emulator (iwer) in `dist/`', iwer],
    ['`metaQuest3` mentioned (a default option name, not the emulator)', notes || 'nowhere'],
    [
      'control: the same scan over the test build (`--mode e2e`)',
      `iwer found in ${r.emulatorControl.hits.length} files`,
    ],
  ],
)}

The scan looks at every file name (\`iwer\`, its synthetic rooms) and every text file's content
for markers only iwer has: ${EMULATOR_MARKERS.map((m) => `\`${m}\``).join(', ')}.`;
}

/** What the scenes part of the report needs (also written alone by `npm run bench:scenes`). */
export type SceneResults = Pick<
  FrontendResults,
  'baseline' | 'scenes' | 'sceneSource' | 'viewport' | 'warmMs' | 'sampleMs'
>;

export function scenesSection(r: SceneResults): string {
  const b = r.baseline;
  const vs = (x: number, base: number, digits = 2) => `${x.toFixed(digits)} (${ratio(x, base)})`;
  const row = (name: string, f: FrameFigures) => [
    name,
    f.drawCalls,
    count(f.triangles),
    f.programs,
    f.textures,
    kb(f.textureBytes),
    vs(f.medianMs, b.medianMs),
    vs(f.p95Ms, b.p95Ms),
    vs(f.meanMs, b.meanMs, 3),
    `${f.fps.toFixed(1)}`,
    vs(1000 / f.fps, 1000 / b.fps, 1),
    f === b ? '–' : f.reactCommits,
    Math.round(f.allocBytesPerFrame),
    f.allocTop
      .slice(0, 2)
      .map((t) => `${t.fn} (${t.where.replace(/-[\w-]{8}\.js/, '.js')}) ${Math.round(t.bytes)}`)
      .join('; '),
  ];
  return `### Scenes

Budget per scene: ≤ ${BUDGET.drawCalls} draw calls, ≤ ${count(BUDGET.triangles)} triangles, no
React commits in steady state. Scenes come from the registry (${r.sceneSource}). Each runs alone
(\`/?preview=<id>&stats=1\`, a social scene with \`&people=7\`: a full table, seen from the eighth seat; time running) at ${r.viewport} for ${r.warmMs / 1000} s to warm up,
then is sampled for ${r.sampleMs / 1000} s. JS ms per frame runs from the first \`useFrame\`
callback to the end of \`gl.render\`. The baseline is a plain three.js page (one lit box on a
ground plane, \`tests/bench/baseline/\`) timed the same way, from the start of its
\`requestAnimationFrame\` callback to the end of \`renderer.render\`, in the same browser and run.
Chromium rounds \`performance.now()\` to 0.1 ms here, so the median and p95 move in 0.1 ms steps;
the mean is finer. Texture memory is estimated from the textures the visible objects' materials
and uniforms use (width × height × bytes per texel, a third more with mipmaps), captions included.
JS ms excludes the GPU's work (SwiftShader draws on the CPU, in the GPU
process), which is what "wall ms/frame" (1000 / fps, the baseline capped by the 60 Hz
\`requestAnimationFrame\`) adds. Allocations: after the frame sample the page runs 2,000 frames of
its per-frame JS without drawing (\`__hafanStats.stepWithoutDrawing\`: every \`useFrame\` callback
at 72 Hz steps; software WebGL draws too few frames for the JIT to settle), then 3,000 more under
V8's sampling heap profiler, counting objects already collected too: bytes per frame and the
largest allocating sites. Budget ≤ ${BUDGET.allocBytesPerFrame} B/frame (why: BUDGET in
\`tests/bench/frontendReport.ts\`).

${table(
  [
    'scene',
    'draw calls',
    'triangles',
    'programs',
    'textures',
    'texture memory (est.)',
    'median JS ms/frame (× baseline)',
    'p95 JS ms/frame (×)',
    'mean JS ms/frame (×)',
    'fps',
    'wall ms/frame (×)',
    'React commits',
    'JS bytes allocated / frame',
    'largest allocation sites (B/frame)',
  ],
  [row('baseline: plain three.js', b), ...r.scenes.map(([id, f]) => row(id, f))],
)}`;
}

function audioSection(r: FrontendResults): string {
  if (r.audio.length === 0) return '';
  return `### Ambience

Each scene's sound bed rendered for 10 s in an \`OfflineAudioContext\` (48 kHz, stereo) in the
test build, three times interleaved with the others; the fastest render is shown (on a busy
machine the same bed's render time swings several-fold between renders).

${table(
  ['scene', 'ambience bed', 'CPU ms per second of audio', 'RMS level', 'peak'],
  r.audio.map(([id, a]) => [id, a.kind, ms(a.msPerSecond), a.rms.toFixed(3), a.peak.toFixed(2)]),
)}`;
}

export function verdictTable(list: readonly Verdict[]): string {
  return table(
    ['budget', 'measured', 'limit', 'verdict'],
    list.map((v) => [v.check, v.measured, v.budget, yes(v.ok)]),
  );
}

/** The whole `frontend` section of docs/BENCHMARKS.md. */
export function frontendSection(r: FrontendResults, list: readonly Verdict[]): string {
  const failed = list.filter((v) => !v.ok).length;
  return `## Front end

Generated by \`npm run bench\` (tests/bench/run.ts); do not edit this section by hand.

- Date: ${r.date}
- Node: ${r.node}
- Browser: ${r.chromium}, headless, viewport ${r.viewport}
- Machine: ${r.cores} cores (\`nproc\`), no GPU: WebGL is SwiftShader (software, on the CPU)

Milliseconds and fps are therefore far from a Quest's and only relative: compare each scene with
the baseline measured in the same run, never with an old number. Draw calls, triangles and bytes
are exact.

### Budgets: ${failed === 0 ? 'all met' : `${failed} broken`}

${verdictTable(list)}

${bundleSection(r)}

${buildSection(r)}

${scenesSection(r)}

${audioSection(r)}`;
}
