import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { liveServer } from './serverLock.ts';

/**
 * Backup and restore of the embedded (SQLite) database. A backup is taken online, beside a running
 * server, with SQLite's backup API in one step: a consistent snapshot of the database at one
 * moment (WAL mode lets the server keep writing meanwhile). A restore validates the file first and
 * refuses to run while a server uses the data folder.
 */

export const BACKUP_PREFIX = 'hafan-';
export const BACKUP_SUFFIX = '.sqlite';

export interface BackupInfo {
  file: string;
  bytes: number;
  /** When the snapshot was taken (ISO). */
  takenAt: string;
  sessions: number;
  events: number;
  migrations: string[];
}

export class BackupError extends Error {}

/** `hafan-2026-12-01T18-30-05-123Z.sqlite`: sorts by time, safe on every file system. */
export function backupFileName(at: Date): string {
  return `${BACKUP_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}${BACKUP_SUFFIX}`;
}

/** The time in a backup's file name (SQLite or PostgreSQL dump), or null if it is not ours. */
export function backupTimeOf(name: string): Date | null {
  const m = /^hafan-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.(sqlite|pgdump)$/.exec(
    name,
  );
  if (!m) return null;
  const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

function countRows(db: SqliteDatabase.Database, table: string): number {
  const row = db.prepare(`select count(*) as n from ${table}`).get() as { n: number };
  return row.n;
}

/**
 * Checks that `file` is a whole, uncorrupted Hafan database this version can run: SQLite's
 * integrity check passes, the tables are there, and no migration is newer than this code knows.
 */
export function inspectBackup(file: string): Omit<BackupInfo, 'takenAt'> {
  if (!fs.existsSync(file)) throw new BackupError(`No such file: ${file}`);
  let db: SqliteDatabase.Database;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BackupError(`${file} is not a SQLite database (${String(err)})`);
  }
  try {
    let check: string;
    try {
      check = db.pragma('integrity_check', { simple: true }) as string;
    } catch (err) {
      throw new BackupError(`${file} is not a SQLite database (${String(err)})`);
    }
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${check}`);
    const tables = new Set(
      (
        db.prepare(`select name from sqlite_master where type = 'table'`).all() as {
          name: string;
        }[]
      ).map((r) => r.name),
    );
    for (const t of ['kysely_migration', 'sessions', 'events']) {
      if (!tables.has(t)) throw new BackupError(`${file} is not a Hafan database (no ${t} table)`);
    }
    const migrations = (
      db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
    ).map((r) => r.name);
    const unknown = migrations.filter((m) => !(m in MIGRATIONS));
    if (unknown.length > 0) {
      throw new BackupError(
        `${file} comes from a newer Hafan (migrations ${unknown.join(', ')}): upgrade Hafan first`,
      );
    }
    return {
      file,
      bytes: fs.statSync(file).size,
      sessions: countRows(db, 'sessions'),
      events: countRows(db, 'events'),
      migrations,
    };
  } finally {
    db.close();
  }
}

/** Takes a consistent online backup of `databaseFile` into `backupDir`; returns what it holds. */
export async function backupSqlite(
  databaseFile: string,
  backupDir: string,
  now: () => Date = () => new Date(),
): Promise<BackupInfo> {
  if (!fs.existsSync(databaseFile)) throw new BackupError(`No database at ${databaseFile}`);
  fs.mkdirSync(backupDir, { recursive: true });
  const source = new SqliteDatabase(databaseFile, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  const takenAt = now();
  const final = path.join(backupDir, backupFileName(takenAt));
  const partial = `${final}.partial`;
  try {
    // All remaining pages in one step: the copy is one read transaction, so it is a snapshot even
    // while the server writes (stepping in small chunks would restart on every write).
    await source.backup(partial, { progress: () => 0x7fffffff });
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
  try {
    const info = inspectBackup(partial);
    fs.renameSync(partial, final);
    return { ...info, file: final, takenAt: takenAt.toISOString() };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  }
}

export interface RestoreResult {
  restored: Omit<BackupInfo, 'takenAt'>;
  /** Where the database that was replaced was moved (null if there was none). */
  previous: string | null;
}

/**
 * Replaces the database in `dataDir` by `backupFile`. Refuses while a server runs on the folder
 * and refuses a file that fails `inspectBackup`; the replaced database (with its WAL) is kept in a
 * `before-restore-…` folder, never deleted.
 */
export function restoreSqlite(
  backupFile: string,
  dataDir: string,
  now: () => Date = () => new Date(),
): RestoreResult {
  const live = liveServer(dataDir);
  if (live) {
    throw new BackupError(
      `A Hafan server (process ${live.pid}, port ${live.port}) is using ${dataDir}: stop it first`,
    );
  }
  const restored = inspectBackup(backupFile);
  const target = path.join(dataDir, 'hafan.sqlite');
  fs.mkdirSync(dataDir, { recursive: true });
  const incoming = `${target}.restoring`;
  fs.copyFileSync(backupFile, incoming);
  const fd = fs.openSync(incoming, 'r+');
  fs.fsyncSync(fd);
  fs.closeSync(fd);

  let previous: string | null = null;
  const existing = ['', '-wal', '-shm'].filter((s) => fs.existsSync(`${target}${s}`));
  if (existing.length > 0) {
    previous = path.join(dataDir, `before-restore-${now().toISOString().replace(/[:.]/g, '-')}`);
    fs.mkdirSync(previous, { recursive: true });
    for (const s of existing)
      fs.renameSync(`${target}${s}`, path.join(previous, `hafan.sqlite${s}`));
  }
  fs.renameSync(incoming, target);
  return { restored, previous };
}

/** The newest backup in `backupDir`, by the time in its name. */
export function latestBackup(
  backupDir: string,
): { file: string; takenAt: Date; bytes: number } | null {
  if (!fs.existsSync(backupDir)) return null;
  let best: { file: string; takenAt: Date; bytes: number } | null = null;
  for (const name of fs.readdirSync(backupDir)) {
    const takenAt = backupTimeOf(name);
    if (!takenAt || (best && best.takenAt >= takenAt)) continue;
    const file = path.join(backupDir, name);
    best = { file, takenAt, bytes: fs.statSync(file).size };
  }
  return best;
}
