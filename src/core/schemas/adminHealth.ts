import { z } from 'zod';

/**
 * The admin health report (`GET /api/admin/health`): what a council's IT contact or a care home's
 * admin checks to know Hafan is well — version, database, disk, headsets' unsent records, backups.
 * Shared by the server (which builds it) and the console page (which parses it).
 */
export const HealthWarningSchema = z.strictObject({
  code: z.enum([
    'database_unreachable',
    'disk_low',
    'no_backup',
    'backup_old',
    'unsent_records',
    'migrations_pending',
  ]),
  message: z.string(),
});
export type HealthWarning = z.infer<typeof HealthWarningSchema>;

export const HeadsetOutboxSchema = z.strictObject({
  headsetId: z.string(),
  name: z.string(),
  online: z.boolean(),
  unsent: z.number().int().min(0),
  /** When the hub last heard from it (ISO), if ever. */
  seenAt: z.string().nullable(),
});

export const AdminHealthSchema = z.strictObject({
  status: z.enum(['ok', 'attention']),
  version: z.string(),
  startedAt: z.string(),
  uptimeS: z.number().min(0),
  node: z.string(),
  database: z.strictObject({
    dialect: z.enum(['sqlite', 'postgres']),
    description: z.string(),
    reachable: z.boolean(),
    latencyMs: z.number().nullable(),
    sizeBytes: z.number().nullable(),
    migrationsApplied: z.number().int(),
    migrationsKnown: z.number().int(),
    latestMigration: z.string().nullable(),
  }),
  disk: z
    .strictObject({
      path: z.string(),
      freeBytes: z.number(),
      totalBytes: z.number(),
    })
    .nullable(),
  headsets: z.strictObject({
    reporting: z.number().int(),
    online: z.number().int(),
    unsentTotal: z.number().int(),
    list: z.array(HeadsetOutboxSchema),
  }),
  backup: z.strictObject({
    dir: z.string(),
    latest: z.strictObject({ file: z.string(), takenAt: z.string(), bytes: z.number() }).nullable(),
  }),
  warnings: z.array(HealthWarningSchema),
});
export type AdminHealth = z.infer<typeof AdminHealthSchema>;

/** Disk is low under 10 % free or under 1 GiB, whichever is more. */
export const DISK_LOW_BYTES = 1024 ** 3;
/** A backup older than this (or none) is flagged. */
export const BACKUP_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** The warnings a report carries: pure, so the thresholds are tested without a server. */
export function healthWarnings(
  h: Omit<AdminHealth, 'warnings' | 'status'>,
  nowMs: number,
): HealthWarning[] {
  const w: HealthWarning[] = [];
  if (!h.database.reachable) {
    w.push({ code: 'database_unreachable', message: 'The database does not answer.' });
  }
  if (h.database.reachable && h.database.migrationsApplied < h.database.migrationsKnown) {
    w.push({
      code: 'migrations_pending',
      message: 'The database is behind this version: restart the server to update it.',
    });
  }
  if (h.disk) {
    const low = Math.max(DISK_LOW_BYTES, h.disk.totalBytes * 0.1);
    if (h.disk.freeBytes < low) {
      const gb = (h.disk.freeBytes / 1024 ** 3).toFixed(1);
      w.push({ code: 'disk_low', message: `Only ${gb} GB free on the disk holding the data.` });
    }
  }
  if (!h.backup.latest) {
    w.push({ code: 'no_backup', message: 'No backup has been made yet: run npm run backup.' });
  } else if (nowMs - Date.parse(h.backup.latest.takenAt) > BACKUP_MAX_AGE_MS) {
    const days = Math.floor((nowMs - Date.parse(h.backup.latest.takenAt)) / 86_400_000);
    w.push({ code: 'backup_old', message: `The last backup is ${days} days old.` });
  }
  const waiting = h.headsets.list.filter((x) => x.unsent > 0);
  if (waiting.length > 0) {
    const n = waiting.length;
    w.push({
      code: 'unsent_records',
      message: `${n} headset${n === 1 ? '' : 's'} still hold${n === 1 ? 's' : ''} ${h.headsets.unsentTotal} unsent record${h.headsets.unsentTotal === 1 ? '' : 's'}.`,
    });
  }
  return w;
}
