/**
 * `npm run bench:crash`: the long crash test. The real server is killed with SIGKILL during event
 * ingest 200 times at random moments and restarted on the same SQLite file; then every event it
 * acknowledged must be stored, and retries must have left no duplicate. Written to
 * docs/BENCHMARKS.md; exits non-zero on any loss or duplicate.
 */
import { runCrashTest } from '../server/crash/crashHarness.ts';
import { table, writeSection } from './report.ts';

const kills = Number(process.argv[2] ?? 200);
const started = Date.now();
const r = await runCrashTest(kills, 2026);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const ok = r.lostAcknowledged === 0 && r.duplicates === 0 && r.stored === r.acknowledged;
const body = `## Crash test: SIGKILL during ingest

Command: \`npm run bench:crash\` — ${new Date().toISOString().slice(0, 10)}, SQLite (WAL, synchronous=FULL), ${seconds} s.

${table(
  [
    'kills',
    'ingest requests',
    'events acknowledged',
    'events stored',
    'acknowledged but lost',
    'duplicates',
    'verdict',
  ],
  [
    [
      r.kills,
      r.requests,
      r.acknowledged,
      r.stored,
      r.lostAcknowledged,
      r.duplicates,
      ok ? 'ok' : 'FAILED',
    ],
  ],
)}
`;
writeSection('crash', body);
console.log(body);
if (!ok) process.exit(1);
