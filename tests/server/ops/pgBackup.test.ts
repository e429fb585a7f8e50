import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_MISSING_MESSAGE, PG_REQUIRED } from '../databases.ts';

// `npm run backup` with DATABASE_URL set: a pg_dump custom-format archive that pg_restore reads
// back (restoring it is the documented pg_restore step, docs/backup.md).

const pgUrl = process.env.HAFAN_TEST_DATABASE_URL;
if (!pgUrl && PG_REQUIRED) throw new Error(PG_MISSING_MESSAGE);

describe.skipIf(!pgUrl)('npm run backup on PostgreSQL', () => {
  it('writes a pg_dump archive into the backup folder that pg_restore can read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-pg-backup-'));
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/ops/backupCli.ts', 'backup', '--to', dir],
      { env: { ...process.env, DATABASE_URL: pgUrl }, encoding: 'utf8' },
    );
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pgdump'));
    expect(files).toHaveLength(1);
    expect(out).toContain(path.join(dir, files[0]!));
    const list = spawnSync('pg_restore', ['--list', path.join(dir, files[0]!)], {
      encoding: 'utf8',
    });
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/Format: CUSTOM/);
    expect(list.stdout).toMatch(/TABLE/);
  }, 60_000);
});
