import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { redactUrl } from '../db/database.ts';
import { BackupError, backupFileName, backupSqlite, restoreSqlite } from './sqliteBackup.ts';

/**
 * `npm run backup` and `npm run restore -- <file>`. SQLite: an online backup into
 * HAFAN_BACKUP_DIR (default data/backups), safe beside a running server; restore needs the server
 * stopped. PostgreSQL (DATABASE_URL set): `backup` runs pg_dump (custom format) into the same
 * folder; restore with pg_restore, as docs/backup.md describes.
 */
const empty = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
const dataDir = empty(process.env.HAFAN_DATA_DIR) ?? 'data';
const databaseUrl = empty(process.env.DATABASE_URL);
const [command, ...args] = process.argv.slice(2);
const to = args.indexOf('--to') >= 0 ? args[args.indexOf('--to') + 1] : undefined;
const backupDir = to ?? empty(process.env.HAFAN_BACKUP_DIR) ?? path.join(dataDir, 'backups');

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

async function backup(): Promise<void> {
  if (databaseUrl) {
    const file = path.join(backupDir, backupFileName(new Date()).replace(/\.sqlite$/, '.pgdump'));
    const r = spawnSync('pg_dump', ['--format=custom', `--file=${file}`, databaseUrl], {
      stdio: 'inherit',
    });
    if (r.error || r.status !== 0) {
      throw new BackupError(
        `pg_dump failed for ${redactUrl(databaseUrl)}${r.error ? ` (${r.error.message})` : ''}: ` +
          'install the PostgreSQL client tools of the server version (see docs/backup.md)',
      );
    }
    console.log(`PostgreSQL backup written: ${file}`);
    return;
  }
  const info = await backupSqlite(path.join(dataDir, 'hafan.sqlite'), backupDir);
  console.log(
    `Backup written: ${info.file}\n  ${mb(info.bytes)}, ${info.sessions} sessions, ` +
      `${info.events} events, checked (integrity ok)\n` +
      'Copy it somewhere off this machine (an encrypted USB drive or the council file store).',
  );
}

function restore(): void {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new BackupError('Usage: npm run restore -- <backup file>');
  if (databaseUrl) {
    throw new BackupError(
      'DATABASE_URL is set: restore a PostgreSQL dump with pg_restore (see docs/backup.md)',
    );
  }
  const r = restoreSqlite(file, dataDir);
  console.log(
    `Restored ${file} into ${path.join(dataDir, 'hafan.sqlite')}\n` +
      `  ${r.restored.sessions} sessions, ${r.restored.events} events\n` +
      (r.previous ? `  the database it replaced is kept in ${r.previous}\n` : '') +
      'Start the server again with npm start.',
  );
}

async function main(): Promise<void> {
  if (command === 'backup') return backup();
  if (command === 'restore') return restore();
  throw new BackupError('Usage: backupCli.ts backup [--to <dir>] | restore <file>');
}

main().catch((err: unknown) => {
  console.error(err instanceof BackupError ? err.message : err);
  process.exit(1);
});
