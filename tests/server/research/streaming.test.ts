import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../src/server/db/database.ts';
import { startServer, type RunningServer } from '../../e2e/server.ts';
import { createAccount, TEST_PASSWORD } from '../auth.ts';
import { seedStudyKey } from './dataset.ts';
import { insertSynthetic } from './synthetic.ts';

/**
 * "Can be downloaded while it is produced": the real server (spawned like `npm start`, SQLite)
 * exports the events CSV of a seeded dataset of about 64,000 consented events. The client stops
 * reading at the first chunk and looks in the database: the export's audit row, which the server
 * writes only once it has read the last row and hashed the whole file, must not exist yet. A route
 * that buffered the file before sending would have written that row before the first byte.
 */

let server: RunningServer;
let dbFile: string;
let cookie: string;

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-export-stream-'));
  dbFile = path.join(dataDir, 'hafan.sqlite');
  const database = await openDatabase({ sqlitePath: dbFile });
  await migrate(database);
  await insertSynthetic(database.db, { sessions: 3000, eventsPerSession: 25, seed: 11 });
  await seedStudyKey(database.db);
  await createAccount(database, 'rhian.researcher', 'researcher', null);
  await database.close();
  // The API needs no front end; the server only checks that a build is there.
  const dist = path.join(dataDir, 'dist');
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Hafan</title>');
  server = await startServer({ dataDir, dist });
  const res = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'rhian.researcher', password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}, 120_000);

afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

/** The export's audit rows, read straight from the server's database file. */
function exportAudits(): { details: string }[] {
  const db = new Sqlite(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`select details from audit_log where action = 'export'`).all() as {
      details: string;
    }[];
  } finally {
    db.close();
  }
}

describe('export streaming', () => {
  it('sends the first bytes of a large events CSV before it has read the database to the end', async () => {
    expect(exportAudits()).toHaveLength(0);
    const url = `${server.url}/api/research/export?format=csv&table=events`;
    const result = await new Promise<{
      body: Buffer;
      atFirstChunk: { bytes: number; audits: number; ms: number };
      lastMs: number;
      chunks: number;
    }>((resolve, reject) => {
      const t0 = performance.now();
      const req = http.get(url, { headers: { cookie } }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`export answered ${res.statusCode}`));
          return;
        }
        const parts: Buffer[] = [];
        let atFirstChunk: { bytes: number; audits: number; ms: number } | null = null;
        res.on('data', (chunk: Buffer) => {
          parts.push(chunk);
          if (atFirstChunk) return;
          // Stop reading, so the server cannot run far ahead, and look at what it has finished.
          res.pause();
          atFirstChunk = {
            bytes: chunk.length,
            audits: exportAudits().length,
            ms: performance.now() - t0,
          };
          res.resume();
        });
        res.on('end', () =>
          resolve({
            body: Buffer.concat(parts),
            atFirstChunk: atFirstChunk!,
            lastMs: performance.now() - t0,
            chunks: parts.length,
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
    });

    // The first chunk arrived while the export was still reading: no audit row yet.
    expect(result.atFirstChunk.audits).toBe(0);
    expect(result.atFirstChunk.bytes).toBeLessThan(result.body.length / 10);
    expect(result.chunks).toBeGreaterThan(10);
    expect(result.lastMs).toBeGreaterThan(result.atFirstChunk.ms);

    // And the whole file came: every consented event, recorded once it had been read.
    const lines = result.body.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toContain('t_ms');
    const audits = exportAudits();
    expect(audits).toHaveLength(1);
    const details = JSON.parse(audits[0]!.details) as {
      status: string;
      rows: { events: number };
      bytes: number;
      sha256: string;
    };
    expect(details.status).toBe('completed');
    expect(details.rows.events).toBeGreaterThanOrEqual(50_000);
    expect(lines.length - 1).toBe(details.rows.events);
    expect(details.bytes).toBe(result.body.length);
    expect(details.sha256).toBe(createHash('sha256').update(result.body).digest('hex'));
  }, 120_000);
});
