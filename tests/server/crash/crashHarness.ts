import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { completeSetup, pairLiveHeadset } from '../liveAuth.ts';

/**
 * Kills the real server with SIGKILL in the middle of event ingest, again and again, restarts it on
 * the same SQLite file, and checks the promise the logger relies on: every event the server
 * acknowledged is stored, and retrying whatever was not acknowledged leaves no duplicate.
 */

export interface CrashReport {
  kills: number;
  acknowledged: number;
  stored: number;
  duplicates: number;
  lostAcknowledged: number;
  requests: number;
}

interface Server {
  proc: ChildProcess;
  url: string;
  output: () => string;
}

async function start(dataDir: string, dist: string): Promise<Server> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--port', '0', '--host', '127.0.0.1'],
    {
      env: { ...process.env, HAFAN_DATA_DIR: dataDir, HAFAN_DIST: dist, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  });
  return { proc, url, output: () => out };
}

function kill(s: Server): Promise<void> {
  return new Promise((resolve) => {
    // A process killed by a signal has signalCode set and exitCode null.
    if (s.proc.exitCode !== null || s.proc.signalCode !== null) return resolve();
    s.proc.once('exit', () => resolve());
    s.proc.kill('SIGKILL');
  });
}

const SESSION = 'eeeeeeee-0000-4000-8000-000000000001';
/** Events are immutable records: a retry must carry exactly the same payload. */
const BASE_TIME = Date.now() - 60_000;

function makeEvent(n: number) {
  return {
    id: `ffffffff-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sessionId: SESSION,
    tMs: n,
    at: new Date(BASE_TIME + n).toISOString(),
    type: 'breath_phase',
    data: { kind: n % 2 ? 'out' : 'in', cycle: n },
  };
}

/** The paired test headset's bearer header: the server's data survives every kill. */
let auth: Record<string, string> = {};

async function post(url: string, body: unknown): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify(body),
    });
    return res.ok;
  } catch {
    return false;
  }
}

export async function runCrashTest(kills: number, seed = 1): Promise<CrashReport> {
  let rand = seed;
  const random = () => (rand = (rand * 1103515245 + 12345) % 2147483648) / 2147483648;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-crash-'));
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  const dataDir = path.join(dir, 'data');

  let server = await start(dataDir, dist);
  const admin = await completeSetup(server.url, server.output());
  auth = { authorization: `Bearer ${(await pairLiveHeadset(admin, 'Crash test')).token}` };
  await post(`${server.url}/api/sessions`, {
    id: SESSION,
    scene: 'beach',
    lengthMin: 15,
    language: 'en',
    pattern: 'coherent',
    startedAt: new Date(Date.now() - 120_000).toISOString(),
  });

  const acked = new Set<number>();
  const pending: number[][] = [];
  let next = 0;
  let requests = 0;
  for (let k = 0; k < kills; k++) {
    // Keep sending batches (new ones, and retries of unacknowledged ones) until the kill lands.
    const killAfterMs = 5 + random() * 60;
    let stop = false;
    const timer = setTimeout(() => {
      stop = true;
      void kill(server);
    }, killAfterMs);
    const target = server.url;
    while (!stop) {
      const batch = pending.shift() ?? Array.from({ length: 20 }, () => next++);
      requests++;
      const ok = await post(`${target}/api/events/batch`, { events: batch.map(makeEvent) });
      if (ok) batch.forEach((n) => acked.add(n));
      else pending.push(batch);
    }
    clearTimeout(timer);
    await kill(server);
    server = await start(dataDir, dist);
  }
  // Drain every unacknowledged batch, and resend some acknowledged ones too: all must be no-ops.
  for (const batch of pending) {
    requests++;
    if (await post(`${server.url}/api/events/batch`, { events: batch.map(makeEvent) }))
      batch.forEach((n) => acked.add(n));
  }
  const resend = [...acked].slice(0, 20);
  if (resend.length)
    await post(`${server.url}/api/events/batch`, { events: resend.map(makeEvent) });

  const res = await fetch(`${server.url}/api/sessions/${SESSION}/events`, {
    // The admin's sign-in session is in the database, so it outlives every kill.
    headers: admin.headers,
  });
  const stored = ((await res.json()) as { events: { id: string }[] }).events.map((e) => e.id);
  await kill(server);
  const storedSet = new Set(stored);
  const lostAcknowledged = [...acked].filter((n) => !storedSet.has(makeEvent(n).id)).length;
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    kills,
    acknowledged: acked.size,
    stored: stored.length,
    duplicates: stored.length - storedSet.size,
    lostAcknowledged,
    requests,
  };
}
