import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { healthWarnings, type AdminHealth } from '../../core/schemas/adminHealth.ts';
import { ping, type Database } from '../db/database.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { latestBackup } from './sqliteBackup.ts';

export interface HealthSources {
  database: Database;
  version: string;
  startedAtMs: number;
  dataDir: string;
  backupDir: string;
  /** Outbox counts the hub has from headsets; empty without a hub. */
  outboxReports: () => {
    headsetId: string;
    name: string;
    online: boolean;
    unsentLogItems: number;
    seenAtMs: number | null;
  }[];
  now?: () => number;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

async function databaseFigures(database: Database): Promise<AdminHealth['database']> {
  const base = {
    dialect: database.dialect,
    description: database.description,
    migrationsKnown: Object.keys(MIGRATIONS).length,
  };
  const t0 = performance.now();
  try {
    await ping(database);
  } catch {
    return {
      ...base,
      reachable: false,
      latencyMs: null,
      sizeBytes: null,
      migrationsApplied: 0,
      latestMigration: null,
    };
  }
  const latencyMs = Math.round((performance.now() - t0) * 100) / 100;
  const applied = await database.db
    .selectFrom('kysely_migration' as never)
    .select(sql<string>`name`.as('name'))
    .execute()
    .then((rows) => (rows as { name: string }[]).map((r) => r.name).sort())
    .catch(() => [] as string[]);
  let sizeBytes: number | null;
  if (database.dialect === 'sqlite') {
    const file = database.description;
    sizeBytes = fileSize(file) + fileSize(`${file}-wal`);
  } else {
    const r = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`
      .execute(database.db)
      .catch(() => null);
    sizeBytes = r?.rows[0] ? Number(r.rows[0].bytes) : null;
  }
  return {
    ...base,
    reachable: true,
    latencyMs,
    sizeBytes,
    migrationsApplied: applied.length,
    latestMigration: applied.at(-1) ?? null,
  };
}

function diskFigures(dir: string): AdminHealth['disk'] {
  try {
    const s = fs.statfsSync(dir);
    return {
      path: path.resolve(dir),
      freeBytes: s.bavail * s.bsize,
      totalBytes: s.blocks * s.bsize,
    };
  } catch {
    return null;
  }
}

/** Everything the admin health page shows, gathered now. */
export async function adminHealth(src: HealthSources): Promise<AdminHealth> {
  const nowMs = (src.now ?? Date.now)();
  const list = src
    .outboxReports()
    .map((r) => ({
      headsetId: r.headsetId,
      name: r.name,
      online: r.online,
      unsent: r.unsentLogItems,
      seenAt: r.seenAtMs === null ? null : new Date(r.seenAtMs).toISOString(),
    }))
    .sort((a, b) => b.unsent - a.unsent || a.name.localeCompare(b.name));
  const latest = latestBackup(src.backupDir);
  const report: Omit<AdminHealth, 'warnings' | 'status'> = {
    version: src.version,
    startedAt: new Date(src.startedAtMs).toISOString(),
    uptimeS: Math.max(0, Math.round((nowMs - src.startedAtMs) / 1000)),
    node: process.version,
    database: await databaseFigures(src.database),
    disk: diskFigures(fs.existsSync(src.dataDir) ? src.dataDir : '.'),
    headsets: {
      reporting: list.length,
      online: list.filter((h) => h.online).length,
      unsentTotal: list.reduce((a, h) => a + h.unsent, 0),
      list,
    },
    backup: {
      dir: path.resolve(src.backupDir),
      latest: latest
        ? {
            file: path.basename(latest.file),
            takenAt: latest.takenAt.toISOString(),
            bytes: latest.bytes,
          }
        : null,
    },
  };
  const warnings = healthWarnings(report, nowMs);
  return { ...report, status: warnings.length === 0 ? 'ok' : 'attention', warnings };
}
