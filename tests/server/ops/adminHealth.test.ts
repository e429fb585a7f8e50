import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleStatus } from '../../../src/core/protocol/headsetMachine.ts';
import {
  AdminHealthSchema,
  healthWarnings,
  type AdminHealth,
} from '../../../src/core/schemas/adminHealth.ts';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { backupFileName, backupSqlite } from '../../../src/server/ops/sqliteBackup.ts';
import { injectAs, seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';
import { resolveTestPrincipal, seedSites } from '../hub/fixture.ts';
import { HubTestClient } from '../hub/hubClient.ts';

describe.each(TEST_DATABASES)('GET /api/admin/health on $name', (t) => {
  let database: Database;
  let app: FastifyInstance;
  let hubUrl: string;
  let people: TestPeople;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-health-'));
  const backupDir = path.join(dataDir, 'backups');
  const clients: HubTestClient[] = [];

  beforeAll(async () => {
    database = await openMigrated(t);
    await seedSites(database);
    app = await buildApp({
      database,
      version: '9.8.7',
      dataDir,
      backupDir,
      hub: { resolvePrincipal: resolveTestPrincipal, authTimeoutMs: 300 },
    });
    people = await seedPeople(app, database);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    hubUrl = `ws://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/api/hub`;
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await app.close();
    await database.close();
  });

  async function health(): Promise<AdminHealth> {
    const res = await injectAs(app, people.admin, { method: 'GET', url: '/api/admin/health' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    return AdminHealthSchema.parse(res.json());
  }

  it('is for admins only: 401 without signing in, 403 for staff, researchers and headsets', async () => {
    const get = (who: { headers: Record<string, string> } | null) =>
      injectAs(app, who, { method: 'GET', url: '/api/admin/health' });
    expect((await get(null)).statusCode).toBe(401);
    for (const who of [people.staff, people.researcher, people.headset]) {
      const res = await get(who);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: expect.any(String) });
      expect(res.body).not.toContain('freeBytes');
    }
  });

  it('reports version, database, disk, and that there is no backup yet', async () => {
    const h = await health();
    expect(h.version).toBe('9.8.7');
    expect(h.database).toMatchObject({ dialect: t.name, reachable: true });
    expect(h.database.migrationsApplied).toBe(h.database.migrationsKnown);
    expect(h.database.latestMigration).toMatch(/^00\d\d_/);
    expect(h.database.sizeBytes).toBeGreaterThan(0);
    expect(h.disk?.totalBytes).toBeGreaterThan(0);
    expect(h.disk!.freeBytes).toBeLessThanOrEqual(h.disk!.totalBytes);
    expect(h.backup).toEqual({ dir: path.resolve(backupDir), latest: null });
    expect(h.warnings.map((w) => w.code)).toContain('no_backup');
    expect(h.status).toBe('attention');
  });

  it('shows the unsent records a headset reports through the hub', async () => {
    const oak = await HubTestClient.open(hubUrl);
    clients.push(oak);
    oak.send({ type: 'auth', token: 'token-oak-0001' });
    await oak.next('hello');
    oak.send({ type: 'status', status: idleStatus('en', 7) });
    await expect.poll(async () => (await health()).headsets.unsentTotal).toBe(7);
    const h = await health();
    expect(h.headsets).toMatchObject({ reporting: 1, online: 1 });
    expect(h.headsets.list[0]).toMatchObject({ name: 'Oak Lounge 2', unsent: 7, online: true });
    expect(h.warnings).toContainEqual({
      code: 'unsent_records',
      message: '1 headset still holds 7 unsent records.',
    });

    oak.send({ type: 'status', status: idleStatus('en', 0) });
    await expect.poll(async () => (await health()).headsets.unsentTotal).toBe(0);
    expect((await health()).warnings.map((w) => w.code)).not.toContain('unsent_records');
  });

  it('shows the latest backup', async () => {
    if (t.name === 'sqlite') {
      await backupSqlite(database.description, backupDir);
    } else {
      fs.mkdirSync(backupDir, { recursive: true });
      const name = backupFileName(new Date()).replace(/\.sqlite$/, '.pgdump');
      fs.writeFileSync(path.join(backupDir, name), 'PGDMP');
    }
    const h = await health();
    expect(h.backup.latest?.file).toMatch(/^hafan-.*\.(sqlite|pgdump)$/);
    expect(Date.now() - Date.parse(h.backup.latest!.takenAt)).toBeLessThan(60_000);
    expect(h.warnings.map((w) => w.code)).not.toContain('no_backup');
  });
});

describe('health warnings', () => {
  const NOW = Date.parse('2026-12-01T12:00:00Z');
  const base: Omit<AdminHealth, 'warnings' | 'status'> = {
    version: '1',
    startedAt: '2026-12-01T00:00:00Z',
    uptimeS: 1,
    node: 'v20',
    database: {
      dialect: 'sqlite',
      description: 'x',
      reachable: true,
      latencyMs: 1,
      sizeBytes: 1,
      migrationsApplied: 4,
      migrationsKnown: 4,
      latestMigration: '0004_x',
    },
    disk: { path: '/', freeBytes: 50 * 1024 ** 3, totalBytes: 100 * 1024 ** 3 },
    headsets: { reporting: 0, online: 0, unsentTotal: 0, list: [] },
    backup: {
      dir: '/b',
      latest: { file: 'hafan-x.sqlite', takenAt: '2026-11-30T12:00:00Z', bytes: 1 },
    },
  };
  const codes = (h: typeof base) => healthWarnings(h, NOW).map((w) => w.code);

  it('has none when all is well', () => {
    expect(healthWarnings(base, NOW)).toEqual([]);
  });

  it('flags a nearly full disk (under 10 % or under 1 GB)', () => {
    expect(codes({ ...base, disk: { ...base.disk!, freeBytes: 9 * 1024 ** 3 } })).toEqual([
      'disk_low',
    ]);
    const small = { path: '/', freeBytes: 0.9 * 1024 ** 3, totalBytes: 4 * 1024 ** 3 };
    expect(codes({ ...base, disk: small })).toEqual(['disk_low']);
    expect(codes({ ...base, disk: { ...small, freeBytes: 1.1 * 1024 ** 3 } })).toEqual([]);
  });

  it('flags a backup older than a week, and a database behind the code', () => {
    const old = { ...base.backup.latest!, takenAt: '2026-11-20T12:00:00Z' };
    const w = healthWarnings({ ...base, backup: { ...base.backup, latest: old } }, NOW);
    expect(w).toEqual([{ code: 'backup_old', message: 'The last backup is 11 days old.' }]);
    expect(codes({ ...base, database: { ...base.database, migrationsApplied: 3 } })).toEqual([
      'migrations_pending',
    ]);
    expect(
      codes({ ...base, database: { ...base.database, reachable: false, migrationsApplied: 0 } }),
    ).toEqual(['database_unreachable']);
  });

  it('counts unsent records across headsets', () => {
    const list = [
      { headsetId: 'a', name: 'A', online: true, unsent: 3, seenAt: null },
      { headsetId: 'b', name: 'B', online: false, unsent: 1, seenAt: null },
      { headsetId: 'c', name: 'C', online: true, unsent: 0, seenAt: null },
    ];
    const w = healthWarnings(
      { ...base, headsets: { reporting: 3, online: 2, unsentTotal: 4, list } },
      NOW,
    );
    expect(w).toEqual([
      { code: 'unsent_records', message: '2 headsets still hold 4 unsent records.' },
    ]);
  });
});
