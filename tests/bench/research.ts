/**
 * Research bench: export time and peak memory for 10,000 sessions / 1,000,000 events, and the
 * dashboard's query time at 100,000 sessions, on SQLite and on PostgreSQL (when
 * HAFAN_TEST_DATABASE_URL is set; scripts/pg-test-env.sh prints it). Memory is bounded if the
 * peak while exporting 1,000,000 events is about the same as while exporting 100,000.
 *
 *   npm run bench:research            (writes the "research" section of docs/BENCHMARKS.md)
 */
import os from 'node:os';
import { sql } from 'kysely';
import type { ExportQuery } from '../../src/core/schemas/research.ts';
import type { Database } from '../../src/server/db/database.ts';
import { refreshAggregates } from '../../src/server/export/aggregates.ts';
import { dashboardSummary } from '../../src/server/export/dashboard.ts';
import { rawDashboardSummary } from '../../src/server/export/dashboardRaw.ts';
import { prepareExport } from '../../src/server/export/exportRun.ts';
import { buildApp } from '../../src/server/app.ts';
import { createAccount, signedInAs } from '../server/auth.ts';
import { openMigrated, TEST_DATABASES } from '../server/databases.ts';
import { seedStudyKey } from '../server/research/dataset.ts';
import { insertSynthetic } from '../server/research/synthetic.ts';
import { table, writeSection } from './report.ts';

const EXPORT_SESSIONS = Number(process.env.BENCH_EXPORT_SESSIONS ?? 10_000);
const EVENTS_PER_SESSION = Number(process.env.BENCH_EVENTS_PER_SESSION ?? 100);
const DASHBOARD_SESSIONS = Number(process.env.BENCH_DASHBOARD_SESSIONS ?? 100_000);
const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

interface ExportFigures {
  what: string;
  rows: number;
  bytes: number;
  firstByteMs: number;
  totalMs: number;
  peakHeapMb: number;
  peakRssMb: number;
}

async function measureExport(
  database: Database,
  what: string,
  q: ExportQuery,
  rowsOf: (c: Record<string, number>) => number,
): Promise<ExportFigures> {
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage.rss();
  let peakHeap = heap0;
  let peakRss = rss0;
  const t0 = performance.now();
  const ex = await prepareExport(database, { kind: 'system', id: null }, q);
  let first = 0;
  let bytes = 0;
  let n = 0;
  for await (const chunk of ex.body) {
    if (first === 0) first = performance.now() - t0;
    bytes += chunk.length;
    if (++n % 8 === 0) {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
  }
  const totalMs = performance.now() - t0;
  const audit = await database.db
    .selectFrom('audit_log')
    .select('details')
    .where('action', '=', 'export')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const rows = rowsOf((JSON.parse(audit.details) as { rows: Record<string, number> }).rows);
  return {
    what,
    rows,
    bytes,
    firstByteMs: first,
    totalMs,
    peakHeapMb: (peakHeap - heap0) / MB,
    peakRssMb: (peakRss - rss0) / MB,
  };
}

/** Planner statistics, as autovacuum (PostgreSQL) or ANALYZE (SQLite) keep them in production. */
async function analyse(database: Database): Promise<void> {
  await sql`ANALYZE`.execute(database.db);
}

/** Median of `runs` timings; if f returns a number, that is its own measured time. */
async function timed(f: () => Promise<unknown>, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const own = await f();
    times.push(typeof own === 'number' ? own : performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The aggregated dashboard must take at most this share of the raw query's time, same run. */
const MAX_RATIO = 0.2;
const DASH_FILTERS: [string, Parameters<typeof dashboardSummary>[2]][] = [
  ['no filter', {}],
  ['one site, one scene', { site: '5a100000-0000-4000-8000-000000000002', scene: 'beach' }],
  [
    'three months, mood, self',
    { from: '2026-03-01', to: '2026-05-31', instrument: 'mood_faces', respondent: 'self' },
  ],
];
let failed = false;
const buildMs: [string, number, number][] = [];
const lines: string[] = [];
const exportRows: (string | number)[][] = [];
const dashRows: (string | number)[][] = [];
const optionRows: (string | number)[][] = [];
/** GET /api/research/options (the filters' choices, read when the dashboard opens). */
const OPTIONS_BUDGET_MS = 100;

for (const t of TEST_DATABASES) {
  console.log(`[${t.name}] seeding ${EXPORT_SESSIONS} sessions × ${EVENTS_PER_SESSION} events…`);
  const database = await openMigrated(t);
  try {
    const seedT = performance.now();
    await insertSynthetic(database.db, {
      sessions: EXPORT_SESSIONS,
      eventsPerSession: EVENTS_PER_SESSION,
      seed: 7,
    });
    await seedStudyKey(database.db);
    await analyse(database);
    console.log(`[${t.name}] seeded in ${((performance.now() - seedT) / 1000).toFixed(1)} s`);
    const small = await measureExport(
      database,
      'events CSV, first 10% of sessions',
      { format: 'csv', table: 'events', to: '2026-02-07' },
      (c) => c.events!,
    );
    const cases: [string, ExportQuery, (c: Record<string, number>) => number][] = [
      ['events CSV', { format: 'csv', table: 'events' }, (c) => c.events!],
      [
        'events CSV, shifted dates',
        { format: 'csv', table: 'events', shiftDates: true },
        (c) => c.events!,
      ],
      ['measures CSV', { format: 'csv', table: 'measures' }, (c) => c.measureItems!],
      ['sessions CSV', { format: 'csv', table: 'sessions' }, (c) => c.sessions!],
      ['JSON (all tables)', { format: 'json' }, (c) => c.sessions! + c.measures! + c.events!],
      ['FHIR Bundle', { format: 'fhir' }, (c) => c.measures! + c.questionnaires!],
    ];
    for (const f of [
      small,
      ...(await (async () => {
        const out: ExportFigures[] = [];
        for (const [what, q, rowsOf] of cases) {
          out.push(await measureExport(database, what, q, rowsOf));
          console.log(`[${t.name}] ${what} done`);
        }
        return out;
      })()),
    ]) {
      exportRows.push([
        t.name,
        f.what,
        f.rows.toLocaleString('en-GB'),
        `${(f.bytes / MB).toFixed(1)} MB`,
        f.firstByteMs.toFixed(0),
        (f.totalMs / 1000).toFixed(2),
        Math.round(f.rows / (f.totalMs / 1000)).toLocaleString('en-GB'),
        f.peakHeapMb.toFixed(1),
        f.peakRssMb.toFixed(1),
      ]);
    }
  } finally {
    await database.close();
  }

  console.log(`[${t.name}] seeding ${DASHBOARD_SESSIONS} sessions for the dashboard…`);
  const dash = await openMigrated(t);
  try {
    await insertSynthetic(dash.db, { sessions: DASHBOARD_SESSIONS, eventsPerSession: 0, seed: 11 });
    await analyse(dash);
    const measures = await dash.db
      .selectFrom('measures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // The first read recomputes every day (as after migrating a database that already has data).
    const buildT = performance.now();
    const days = await refreshAggregates(dash.db, dash.dialect);
    buildMs.push([t.name, days, performance.now() - buildT]);
    await analyse(dash);
    for (const [what, f] of DASH_FILTERS) {
      const rawMs = await timed(() => rawDashboardSummary(dash.db, dash.dialect, f));
      const aggMs = await timed(() => dashboardSummary(dash.db, dash.dialect, f));
      // A read just after one day changed (one session ended): that day is recomputed first.
      let n = 0;
      const freshMs = await timed(async () => {
        const s = await dash.db
          .selectFrom('sessions')
          .select(['id', 'started_at'])
          .where('ended_at', 'is', null)
          .orderBy('id')
          .offset(n++)
          .limit(1)
          .executeTakeFirstOrThrow();
        await dash.db
          .updateTable('sessions')
          .set({ ended_at: new Date(Date.parse(s.started_at) + 300_000).toISOString() })
          .where('id', '=', s.id)
          .execute();
        const t0 = performance.now();
        await dashboardSummary(dash.db, dash.dialect, f);
        return performance.now() - t0;
      });
      const ratio = aggMs / rawMs;
      const ok = ratio <= MAX_RATIO;
      if (!ok) failed = true;
      dashRows.push([
        t.name,
        what,
        DASHBOARD_SESSIONS.toLocaleString('en-GB'),
        Number(measures.n).toLocaleString('en-GB'),
        rawMs.toFixed(0),
        aggMs.toFixed(0),
        freshMs.toFixed(0),
        `${(ratio * 100).toFixed(1)} %`,
        ok ? 'ok' : `FAIL (> ${MAX_RATIO * 100} %)`,
      ]);
      console.log(
        `[${t.name}] dashboard ${what}: raw ${rawMs.toFixed(0)} ms, aggregated ${aggMs.toFixed(0)} ms, after a change ${freshMs.toFixed(0)} ms`,
      );
    }
    // The filters' choices, through the route as the dashboard asks for them (signed in as a
    // researcher, over HTTP inject): distinct sites, scenes and patterns at 100,000 sessions.
    const app = await buildApp({ database: dash });
    try {
      await createAccount(dash, 'bench.researcher', 'researcher', null);
      const { headers } = await signedInAs(dash, 'bench.researcher');
      let answer = '';
      const optionsMs = await timed(async () => {
        const t0 = performance.now();
        const r = await app.inject({ url: '/api/research/options', headers });
        const ms = performance.now() - t0;
        if (r.statusCode !== 200) throw new Error(`options answered ${r.statusCode}: ${r.body}`);
        answer = r.body;
        return ms;
      }, 5);
      const o = JSON.parse(answer) as { sites: unknown[]; scenes: unknown[]; patterns: unknown[] };
      const ok = optionsMs <= OPTIONS_BUDGET_MS;
      if (!ok) failed = true;
      optionRows.push([
        t.name,
        DASHBOARD_SESSIONS.toLocaleString('en-GB'),
        `${o.sites.length} sites, ${o.scenes.length} scenes, ${o.patterns.length} patterns`,
        optionsMs.toFixed(1),
        ok ? 'ok' : `FAIL (> ${OPTIONS_BUDGET_MS} ms)`,
      ]);
      console.log(`[${t.name}] GET /api/research/options: ${optionsMs.toFixed(1)} ms`);
    } finally {
      await app.close();
    }
  } finally {
    await dash.close();
  }
}

lines.push(
  '## Research export and dashboard',
  '',
  'Generated by `npm run bench:research` (tests/bench/research.ts); do not edit this section by hand.',
  '',
  `- Date: ${new Date().toISOString().slice(0, 10)}; Node ${process.version}; ${os.cpus().length} cores`,
  `- Databases: ${TEST_DATABASES.map((t) => t.name).join(', ')}`,
  `- Export dataset: ${EXPORT_SESSIONS.toLocaleString('en-GB')} sessions, ${(EXPORT_SESSIONS * EVENTS_PER_SESSION).toLocaleString('en-GB')} events, seeded synthetic data`,
  '- Peak heap and RSS are the rise above the level just before the export (after a GC): the',
  '  export pages through the database (keyset pagination) and streams ~64 KB chunks, so the peak',
  '  for 1,000,000 events should be about that for 100,000. First byte is when the first chunk is',
  '  ready, long before the end: the download starts while the file is still being produced.',
  '- Rows are those of consented residents only (about 85% of the seeded data: the rest have',
  '  consent "no" or "withdrawn" and are left out, as in every export).',
  '',
  '### Export',
  '',
  table(
    [
      'database',
      'export',
      'rows',
      'size',
      'first byte (ms)',
      'total (s)',
      'rows/s',
      'peak heap (MB)',
      'peak RSS (MB)',
    ],
    exportRows,
  ),
  '',
  '### Dashboard (all figures for one set of filters; median of 3)',
  '',
  'The dashboard reads pre-aggregates per UTC day, site, scene and pattern (migration 0035),',
  'recomputing from the raw rows any day that triggers marked as changed. The baseline is the',
  'same figures computed from the raw rows (`rawDashboardSummary`), timed in the same run.',
  '"After a change" ends one session first, so that day is recomputed inside the timed read.',
  `Budget: aggregated ≤ ${MAX_RATIO * 100} % of the raw time.`,
  '',
  table(
    [
      'database',
      'filters',
      'sessions',
      'measures',
      'raw (ms)',
      'aggregated (ms)',
      'after a change (ms)',
      'aggregated / raw',
      'verdict',
    ],
    dashRows,
  ),
  '',
  '### Filter choices: `GET /api/research/options` (median of 5)',
  '',
  'The route the dashboard calls when it opens, through the app (`app.inject`, signed in as a',
  `researcher) on the 100,000-session database. Budget: ≤ ${OPTIONS_BUDGET_MS} ms.`,
  '',
  table(['database', 'sessions', 'answer', 'time (ms)', 'verdict'], optionRows),
  '',
  table(
    ['database', 'first build: days recomputed', 'first build (ms)'],
    buildMs.map(([db, days, ms]) => [db, days, ms.toFixed(0)]),
  ),
);
writeSection('research', lines.join('\n'));
console.log(lines.join('\n'));
if (failed) process.exitCode = 1;
