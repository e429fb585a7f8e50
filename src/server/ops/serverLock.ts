import fs from 'node:fs';
import path from 'node:path';

/**
 * A small file in the data folder saying which process serves it, so `npm run restore` can refuse
 * to replace the database under a running server. Written when the server starts listening and
 * removed when it stops; a lock left by a killed server names a process that no longer exists.
 */
export interface ServerLock {
  pid: number;
  port: number;
  startedAt: string;
}

export const LOCK_FILE = 'server.lock';

export function lockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

export function writeServerLock(dataDir: string, port: number): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const lock: ServerLock = { pid: process.pid, port, startedAt: new Date().toISOString() };
  fs.writeFileSync(file, `${JSON.stringify(lock)}\n`);
  return () => {
    // Only our own lock: another server may have taken the folder over since.
    if (readServerLock(dataDir)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

export function readServerLock(dataDir: string): ServerLock | null {
  try {
    const lock = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as Partial<ServerLock>;
    if (typeof lock.pid !== 'number' || !Number.isInteger(lock.pid) || lock.pid <= 0) return null;
    return { pid: lock.pid, port: Number(lock.port ?? 0), startedAt: String(lock.startedAt ?? '') };
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server that holds this data folder now, if any (a stale lock is ignored). */
export function liveServer(dataDir: string): ServerLock | null {
  const lock = readServerLock(dataDir);
  return lock && lock.pid !== process.pid && isRunning(lock.pid) ? lock : null;
}
