import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupSqlite,
  backupTimeOf,
  inspectBackup,
  latestBackup,
  restoreSqlite,
} from '../../../src/server/ops/sqliteBackup.ts';
import { startServer, type RunningServer } from '../../e2e/server.ts';
import { completeSetup, pairLiveHeadset, type LiveAdmin } from '../liveAuth.ts';

// npm run backup / npm run restore on the embedded database: an online backup taken while the
// real server keeps writing, validated, and restored into a server that then serves it.

const EVENTS_PER_SESSION = 10;

function tmp(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `hafan-${name}-`));
}

function fakeDist(): string {
  const dist = tmp('dist');
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Hafan</title>');
  return dist;
}

function uuid(kind: number, n: number): string {
  return `${String(kind).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

type Headers = Record<string, string>;

async function post(url: string, body: unknown, auth: Headers): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** One session: its start, one batch of events (stored all-or-nothing), its end. */
async function writeSession(base: string, n: number, auth: Headers): Promise<void> {
  const id = uuid(1, n);
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const start = {
    id,
    scene: 'beach',
    lengthMin: 5,
    language: 'en',
    pattern: 'coherent',
    startedAt,
  };
  expect(await post(`${base}/api/sessions`, start, auth)).toBeLessThan(300);
  const events = Array.from({ length: EVENTS_PER_SESSION }, (_, i) => ({
    id: uuid(2, n * 100 + i),
    sessionId: id,
    tMs: i * 1000,
    at: new Date(Date.parse(startedAt) + i * 1000).toISOString(),
    type: 'breath_phase',
    data: { kind: i % 2 ? 'out' : 'in', cycle: i },
  }));
  expect(await post(`${base}/api/events/batch`, { events }, auth)).toBeLessThan(300);
  const end = { endedAt: new Date().toISOString(), endReason: 'completed' };
  expect(await post(`${base}/api/sessions/${id}/end`, end, auth)).toBeLessThan(300);
}

/** The server's first admin, and a paired headset's bearer header for writing sessions. */
async function people(server: RunningServer): Promise<{ admin: LiveAdmin; headset: Headers }> {
  const admin = await completeSetup(server.url, server.output());
  const paired = await pairLiveHeadset(admin, 'Backup test');
  return { admin, headset: { authorization: `Bearer ${paired.token}` } };
}

async function getJson<T>(url: string, auth: Headers): Promise<T> {
  const res = await fetch(url, { headers: auth });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Runs the CLI as `npm run backup` does; resolves with its exit code and output. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/ops/backupCli.ts', ...args],
      { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => resolve({ code: code ?? -1, out }));
  });
}

function perSessionEventCounts(file: string): Map<string, number> {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `select s.id as id, count(e.id) as n from sessions s left join events e
         on e.session_id = s.id group by s.id`,
      )
      .all() as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  } finally {
    db.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('backs up while the server writes, and restores into a server that serves it', async () => {
    const dataDir = tmp('backup-data');
    const backupDir = path.join(dataDir, 'backups');
    const dist = fakeDist();
    let server: RunningServer | undefined = await startServer({ dist, dataDir });
    try {
      const base = server.url;
      const { admin, headset } = await people(server);
      for (let n = 0; n < 20; n++) await writeSession(base, n, headset);

      // A writer that keeps going through the whole backup.
      const acked: { n: number; at: number }[] = [];
      let stop = false;
      let next = 20;
      const writer = (async () => {
        while (!stop) {
          const n = next++;
          await writeSession(base, n, headset);
          acked.push({ n, at: Date.now() });
          // Steady, not flat out: the session list below reads at most 200.
          await new Promise((r) => setTimeout(r, 25));
        }
      })();
      await expect.poll(() => acked.length, { timeout: 10_000 }).toBeGreaterThan(2);
      const cliStarted = Date.now();
      const cli = await runCli(['backup'], { HAFAN_DATA_DIR: dataDir });
      const cliEnded = Date.now();
      await expect.poll(() => acked.length, { timeout: 10_000 }).toBeGreaterThan(acked.length + 2);
      stop = true;
      await writer;

      expect(cli.code, cli.out).toBe(0);
      expect(cli.out).toMatch(/Backup written: .*hafan-.*\.sqlite/);
      // The server kept taking writes while the backup ran.
      expect(acked.filter((a) => a.at > cliStarted && a.at < cliEnded).length).toBeGreaterThan(0);
      const latest = latestBackup(backupDir);
      expect(latest).not.toBeNull();
      const info = inspectBackup(latest!.file);

      // Consistent: every session written before the backup began is in it, whole; no session
      // has a partial batch of events.
      const counts = perSessionEventCounts(latest!.file);
      const before = acked.filter((a) => a.at < cliStarted).map((a) => a.n);
      for (const n of [...Array(20).keys(), ...before]) {
        expect(counts.get(uuid(1, n))).toBe(EVENTS_PER_SESSION);
      }
      for (const c of counts.values()) expect([0, EVENTS_PER_SESSION]).toContain(c);
      expect(info.sessions).toBe(counts.size);
      expect(info.sessions).toBeLessThan(20 + acked.length);

      // Restore refuses while the server runs, and changes nothing.
      expect(() => restoreSqlite(latest!.file, dataDir)).toThrow(/stop it first/);
      const refused = await runCli(['restore', latest!.file], { HAFAN_DATA_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.out).toMatch(/is using .*: stop it first/);
      const live = await getJson<{ sessions: unknown[] }>(
        `${base}/api/sessions?limit=200`,
        admin.headers,
      );
      expect(20 + acked.length).toBeLessThan(200);
      expect(live.sessions.length).toBe(20 + acked.length);

      expect(await server.stop()).toBe(0);
      server = undefined;
      const restored = await runCli(['restore', latest!.file], { HAFAN_DATA_DIR: dataDir });
      expect(restored.code, restored.out).toBe(0);
      expect(restored.out).toMatch(/kept in .*before-restore-/);

      server = await startServer({ dist, dataDir });
      // The admin's sign-in and the headset's pairing came back with the data.
      const after = await getJson<{ sessions: { id: string; endReason: string | null }[] }>(
        `${server.url}/api/sessions?limit=200`,
        admin.headers,
      );
      expect(after.sessions.length).toBe(info.sessions);
      expect(new Set(after.sessions.map((s) => s.id))).toEqual(new Set(counts.keys()));
      const sample = uuid(1, 5);
      const events = await getJson<{ events: unknown[] }>(
        `${server.url}/api/sessions/${sample}/events`,
        admin.headers,
      );
      expect(events.events).toHaveLength(EVENTS_PER_SESSION);
    } finally {
      await server?.stop();
    }
  }, 180_000);
});

describe('backup validation', () => {
  async function realBackup(): Promise<{ dataDir: string; file: string }> {
    const dataDir = tmp('backup-unit');
    const dist = fakeDist();
    const server = await startServer({ dist, dataDir });
    await writeSession(server.url, 1, (await people(server)).headset);
    expect(await server.stop()).toBe(0);
    const info = await backupSqlite(path.join(dataDir, 'hafan.sqlite'), path.join(dataDir, 'b'));
    return { dataDir, file: info.file };
  }

  it('names backups by time and finds the newest', () => {
    const dir = tmp('backup-names');
    for (const n of [
      'hafan-2026-11-30T10-00-00-000Z.sqlite',
      'hafan-2026-12-01T09-30-00-000Z.sqlite',
      'hafan-2026-11-01T10-00-00-000Z.pgdump',
      'notes.txt',
    ]) {
      fs.writeFileSync(path.join(dir, n), 'x');
    }
    expect(backupTimeOf('hafan-2026-12-01T09-30-00-000Z.sqlite')?.toISOString()).toBe(
      '2026-12-01T09:30:00.000Z',
    );
    expect(backupTimeOf('hafan-latest.sqlite')).toBeNull();
    expect(latestBackup(dir)?.file).toMatch(/2026-12-01T09-30/);
    expect(latestBackup(path.join(dir, 'missing'))).toBeNull();
  });

  it('refuses files that are not a whole Hafan database, and leaves the live one alone', async () => {
    const { dataDir, file } = await realBackup();
    const liveDb = path.join(dataDir, 'hafan.sqlite');
    const liveBytes = fs.readFileSync(liveDb);

    const garbage = path.join(dataDir, 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database');
    const truncated = path.join(dataDir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(file).subarray(0, 4096 + 100));
    const other = path.join(dataDir, 'other.sqlite');
    new SqliteDatabase(other).exec('create table notes (x text)').close();
    const newer = path.join(dataDir, 'newer.sqlite');
    fs.copyFileSync(file, newer);
    new SqliteDatabase(newer)
      .exec(`insert into kysely_migration (name, timestamp) values ('9999_future', 'now')`)
      .close();

    expect(() => restoreSqlite(garbage, dataDir)).toThrow(BackupError);
    expect(() => restoreSqlite(truncated, dataDir)).toThrow(BackupError);
    expect(() => restoreSqlite(other, dataDir)).toThrow(/not a Hafan database/);
    expect(() => restoreSqlite(newer, dataDir)).toThrow(/newer Hafan .*9999_future/);
    expect(() => restoreSqlite(path.join(dataDir, 'nope.sqlite'), dataDir)).toThrow(/No such/);
    expect(fs.readFileSync(liveDb).equals(liveBytes)).toBe(true);
    expect(fs.readdirSync(dataDir).some((n) => n.startsWith('before-restore-'))).toBe(false);

    // A good file restores into an empty folder too.
    const fresh = tmp('restore-empty');
    const r = restoreSqlite(file, fresh);
    expect(r.previous).toBeNull();
    expect(r.restored.sessions).toBe(1);
    expect(inspectBackup(path.join(fresh, 'hafan.sqlite')).events).toBe(EVENTS_PER_SESSION);
  }, 60_000);
});
