import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_MISSING_MESSAGE, PG_REQUIRED } from '../databases.ts';

// `npm run backup` with DATABASE_URL set: a pg_dump custom-format archive that pg_restore reads
// back (restoring it is the documented pg_restore step, docs/backup.md).

const pgUrl = process.env.HAFAN_TEST_DATABASE_URL;
if (!pgUrl && PG_REQUIRED) throw new Error(PG_MISSING_MESSAGE);

describe.skipIf(!pgUrl)('npm run backup on PostgreSQL', () => {
  it('writes a pg_dump archive into the backup folder that pg_restore can read', async () => {
    // A database of this test's own: other test files create and drop schemas in the shared test
    // database meanwhile, which a whole-database dump must not race.
    const name = `hafan_backup_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    try {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      await client.query('CREATE TABLE probe (id int); INSERT INTO probe VALUES (1)');
      await client.end();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-pg-backup-'));
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/server/ops/backupCli.ts', 'backup', '--to', dir],
        { env: { ...process.env, DATABASE_URL: url.toString() }, encoding: 'utf8' },
      );
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pgdump'));
      expect(files).toHaveLength(1);
      expect(out).toContain(path.join(dir, files[0]!));
      const list = spawnSync('pg_restore', ['--list', path.join(dir, files[0]!)], {
        encoding: 'utf8',
      });
      expect(list.status).toBe(0);
      expect(list.stdout).toMatch(/Format: CUSTOM/);
      expect(list.stdout).toMatch(/TABLE public probe/);
      expect(list.stdout).toMatch(/TABLE DATA public probe/);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);
});
