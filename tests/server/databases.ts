import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { migrate, openDatabase, type Database } from '../../src/server/db/database.ts';
import { seedPeople, type TestPeople } from './auth.ts';

/**
 * The databases every storage test runs against: SQLite always; PostgreSQL when
 * HAFAN_TEST_DATABASE_URL is set (scripts/pg-test-env.sh prints it). In CI PostgreSQL is required.
 */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  open: () => Promise<Database>;
}

const pgUrl = process.env.HAFAN_TEST_DATABASE_URL;

export const PG_REQUIRED = process.env.CI === 'true';
export const PG_MISSING_MESSAGE =
  'HAFAN_TEST_DATABASE_URL is not set, so the PostgreSQL half of the storage tests cannot run. ' +
  'Run `eval "$(bash scripts/pg-test-env.sh | tail -n 1)"` first.';

function sqlite(): TestDatabase {
  return {
    name: 'sqlite',
    open: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-test-db-'));
      return openDatabase({ sqlitePath: path.join(dir, 'hafan.sqlite') });
    },
  };
}

/** Each open gets its own PostgreSQL schema, so test files never see each other's rows. */
function postgres(url: string): TestDatabase {
  return {
    name: 'postgres',
    open: async () => {
      const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      const db = await openDatabase({ databaseUrl: u.toString() });
      const close = db.close;
      return {
        ...db,
        close: async () => {
          await close();
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

export const TEST_DATABASES: TestDatabase[] = [sqlite(), ...(pgUrl ? [postgres(pgUrl)] : [])];

export async function openMigrated(t: TestDatabase): Promise<Database> {
  const db = await t.open();
  await migrate(db);
  return db;
}

/**
 * For a describe block: the app over a fresh migrated database with an account of every role and
 * paired headsets (see tests/server/auth.ts), holding one session started by `people.headset`,
 * opened before its tests and closed after them.
 */
export function appWithSession(
  t: TestDatabase,
  sessionId: string,
): { app: FastifyInstance; database: Database; people: TestPeople } {
  const h = {} as { app: FastifyInstance; database: Database; people: TestPeople };
  beforeAll(async () => {
    h.database = await openMigrated(t);
    h.app = await buildApp({ database: h.database });
    h.people = await seedPeople(h.app, h.database);
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: h.people.headset.headers,
      payload: {
        id: sessionId,
        scene: 'beach',
        lengthMin: 5,
        language: 'en',
        pattern: 'coherent',
        startedAt: new Date(Date.now() - 120_000).toISOString(),
      },
    });
    if (r.statusCode !== 201) throw new Error(`could not start the test session: ${r.body}`);
  });
  afterAll(async () => {
    await h.app.close();
    await h.database.close();
  });
  return h;
}
