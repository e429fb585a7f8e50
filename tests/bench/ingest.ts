/**
 * `npm run bench:ingest`: event ingest throughput on SQLite and PostgreSQL. The real server runs
 * as its own process (so the load tool does not share its event loop); autocannon, a standard
 * HTTP load tool, sends batches of 50 fresh events over 10 connections for a bounded time, to
 * 127.0.0.1 only. Reports events per second and p50/p99 latency, then checks that the database
 * holds exactly 50 events per acknowledged batch. Written to docs/BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { uuidV4 } from '../../src/core/ids.ts';
import { completeSetup, pairLiveHeadset } from '../server/liveAuth.ts';
import { ABBA, dropAggregateTriggers, pairSummary } from './ingestBaseline.ts';
import { table, writeSection } from './report.ts';

const BATCH = 50;
const CONNECTIONS = 10;
const DURATION_S = Number(process.env.HAFAN_BENCH_SECONDS ?? 10);
const SESSIONS = 20;

interface Server {
  proc: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--port', '0', '--host', '127.0.0.1'],
    {
      env: { ...process.env, HAFAN_DIST: '.tmp/no-dist', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const read = (d: Buffer) => {
      out += d.toString();
      const m = /localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    proc.stdout?.on('data', read);
    proc.stderr?.on('data', read);
    proc.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { proc, url, output: () => out };
}

function stop(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.proc.exitCode !== null || s.proc.signalCode !== null) return resolve();
    s.proc.once('exit', () => resolve());
    s.proc.kill('SIGTERM');
  });
}

async function startSessions(url: string, auth: Record<string, string>): Promise<string[]> {
  const ids = Array.from({ length: SESSIONS }, () => uuidV4());
  for (const id of ids) {
    const res = await fetch(`${url}/api/sessions`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        id,
        scene: 'beach',
        lengthMin: 15,
        language: 'en',
        pattern: 'coherent',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      }),
    });
    if (res.status !== 201) throw new Error(`could not start a session: ${await res.text()}`);
  }
  return ids;
}

/** A batch of 50 new events for one session, like a headset's logger sends. */
function batch(sessions: readonly string[], n: number): string {
  const sessionId = sessions[n % sessions.length]!;
  const now = Date.now();
  const events = Array.from({ length: BATCH }, (_, i) => ({
    id: uuidV4(),
    sessionId,
    tMs: (n * BATCH + i) % 86_000_000,
    at: new Date(now - 1000 + i).toISOString(),
    type: 'breath_phase',
    data: { kind: i % 2 ? 'out' : 'in', cycle: i },
  }));
  return JSON.stringify({ events });
}

async function countEvents(
  url: string,
  sessions: readonly string[],
  auth: Record<string, string>,
): Promise<number> {
  let total = 0;
  for (const id of sessions) {
    const res = await fetch(`${url}/api/sessions/${id}/events`, { headers: auth });
    total += ((await res.json()) as { events: unknown[] }).events.length;
  }
  return total;
}

interface Figures {
  database: string;
  batches: number;
  eventsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  stored: number;
  sent: number;
}

async function run(database: string, env: Record<string, string>): Promise<Figures> {
  const server = await startServer(env);
  try {
    // Like the care home: the first admin set up from the printed link, and a paired headset
    // sending with its device token.
    const admin = await completeSetup(server.url, server.output());
    const headset = await pairLiveHeadset(admin, 'Bench Lounge');
    const bearer = { authorization: `Bearer ${headset.token}` };
    const sessions = await startSessions(server.url, bearer);
    let n = 0;
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        {
          method: 'POST',
          path: '/api/events/batch',
          headers: { ...bearer, 'content-type': 'application/json' },
          setupRequest: (req) => ({ ...req, body: batch(sessions, n++) }),
        },
      ],
    });
    const ok = result['2xx'];
    const stored = await countEvents(server.url, sessions, admin.headers);
    return {
      database,
      batches: ok,
      eventsPerSecond: Math.round((ok * BATCH) / DURATION_S),
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors + result.timeouts,
      stored,
      sent: n,
    };
  } finally {
    await stop(server);
  }
}

async function postgresEnv(): Promise<{
  env: Record<string, string>;
  drop: () => Promise<void>;
} | null> {
  const url = process.env.HAFAN_TEST_DATABASE_URL;
  if (!url) return null;
  const schema = `bench_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: u.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

// Each database four times in the same run, in the order with, without, without, with migration
// 0035's aggregate triggers (the baseline has them dropped), so that warm-up and drift of the
// shared machine fall on both sides alike.
const results: (Figures & { engine: string; triggers: boolean })[] = [];
const dataDirs: string[] = [];
const label = (engine: string, triggers: boolean, i: number) =>
  `${engine}, ${triggers ? 'with' : 'without'} aggregate triggers (run ${i + 1})`;
for (const [i, triggers] of ABBA.entries()) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-bench-ingest-'));
  dataDirs.push(dataDir);
  if (!triggers) {
    const n = await dropAggregateTriggers({ sqlitePath: path.join(dataDir, 'hafan.sqlite') });
    if (n === 0) throw new Error('the SQLite baseline dropped no aggregate trigger');
  }
  const engine = 'SQLite (WAL, synchronous=FULL)';
  const env = { HAFAN_DATA_DIR: dataDir, DATABASE_URL: '' };
  results.push({ ...(await run(label(engine, triggers, i), env)), engine, triggers });
}
for (const [i, triggers] of ABBA.entries()) {
  const pgSetup = await postgresEnv();
  if (!pgSetup) {
    console.warn(
      'HAFAN_TEST_DATABASE_URL is not set: PostgreSQL skipped (see scripts/pg-test-env.sh)',
    );
    break;
  }
  try {
    if (!triggers) {
      const n = await dropAggregateTriggers({ databaseUrl: pgSetup.env.DATABASE_URL });
      if (n === 0) throw new Error('the PostgreSQL baseline dropped no aggregate trigger');
    }
    const engine = 'PostgreSQL';
    results.push({ ...(await run(label(engine, triggers, i), pgSetup.env)), engine, triggers });
  } finally {
    await pgSetup.drop();
  }
}
for (const d of dataDirs) fs.rmSync(d, { recursive: true, force: true });

// Requests still in flight when the load stops are stored but not counted as acknowledged, so:
// at least every acknowledged batch, never more than was sent, and never part of a batch.
const bad = results.filter(
  (r) =>
    r.errors > 0 ||
    r.stored < r.batches * BATCH ||
    r.stored > r.sent * BATCH ||
    r.stored % BATCH !== 0,
);
const body = `## Event ingest throughput

Command: \`npm run bench:ingest\` — ${new Date().toISOString().slice(0, 10)}. autocannon against the real
server process on 127.0.0.1: ${CONNECTIONS} connections for ${DURATION_S} s, each request a batch of
${BATCH} new events (\`POST /api/events/batch\`, one transaction, idempotent by id) spread over
${SESSIONS} sessions. This 2-core machine is shared with other work, so read the figures as an order
of magnitude; a care home's headsets send a few events a second each.

Same-run baseline: each database runs four times, with migration 0035's aggregate triggers and
without them (dropped, \`tests/bench/ingestBaseline.ts\`), in the order with, without, without,
with, so warm-up and the shared machine's drift fall on both sides alike. The triggers are on
sessions, measures and residents, not on events, so event batches should cost the same either
way. Compare the means below, not with an older run.

${table(['database', 'with triggers (events / s, mean of 2)', 'without (mean of 2)', 'with / without'], pairSummary(results))}

${table(
  [
    'database',
    'batches acknowledged',
    'events / s',
    'p50 ms',
    'p90 ms',
    'p99 ms',
    'errors',
    'events stored',
  ],
  results.map((r) => [
    r.database,
    r.batches,
    r.eventsPerSecond,
    r.p50,
    r.p90,
    r.p99,
    r.errors,
    r.stored,
  ]),
)}

Every acknowledged batch is stored whole, once (events stored ≥ 50 × batches acknowledged, at
most 50 × batches sent, a multiple of 50; the few extra are batches still in flight when the load
stopped)${bad.length ? ': **FAILED**' : ': ok'}.
`;
writeSection('ingest', body);
console.log(body);
if (bad.length) process.exit(1);
