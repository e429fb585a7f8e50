import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordedIndexSchema } from '../../../src/core/narration/source.ts';
import { buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

function write(root: string, rel: string, body: string | Buffer = 'RIFF'): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), body);
}

// Routes here touch no tables; SQLite alone is enough.
const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite')!;

describe('recorded narration', () => {
  let database: Database;
  let app: FastifyInstance;
  let bare: FastifyInstance;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-narration-'));

  beforeAll(async () => {
    write(dir, 'en/beach/intro.1.ogg', 'ogg-bytes');
    write(dir, 'en/beach/intro.1.wav');
    write(dir, 'cy/breathing/coherent.in.mp3');
    write(dir, 'en/beach/README.txt', 'notes');
    write(dir, 'en/beach/deeper/intro.2.ogg');
    write(dir, 'fr/beach/intro.1.ogg');
    write(dir, 'secret.wav');
    database = await openMigrated(sqlite);
    app = await buildApp({ database, narrationDir: dir });
    bare = await buildApp({ database });
  });
  afterAll(async () => {
    await app.close();
    await bare.close();
    await database.close();
  });

  it('lists only files named <lang>/<script>/<lineId>.<ext>', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/narration' });
    expect(res.statusCode).toBe(200);
    const index = RecordedIndexSchema.parse(res.json());
    expect(index).toEqual({
      base: '/narration/',
      files: ['cy/breathing/coherent.in.mp3', 'en/beach/intro.1.ogg', 'en/beach/intro.1.wav'],
    });
  });

  it('serves a listed file, with a day of caching', async () => {
    const res = await app.inject({ method: 'GET', url: '/narration/en/beach/intro.1.ogg' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('ogg-bytes');
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('refuses anything else in the folder, and paths that climb out of it, with a 404', async () => {
    for (const url of [
      '/narration/en/beach/README.txt',
      '/narration/secret.wav',
      '/narration/fr/beach/intro.1.ogg',
      '/narration/en/beach/missing.1.ogg',
      '/narration/en/beach/../../secret.wav',
      '/narration/en/beach/%2e%2e/%2e%2e/secret.wav',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toBe('RIFF');
    }
  });

  it('gives an empty index when the deployment has no recorded narration', async () => {
    const res = await bare.inject({ method: 'GET', url: '/api/narration' });
    expect(res.json()).toEqual({ base: '/narration/', files: [] });
    const missing = await buildApp({ database, narrationDir: path.join(dir, 'nope') });
    expect((await missing.inject({ method: 'GET', url: '/api/narration' })).json()).toEqual({
      base: '/narration/',
      files: [],
    });
    await missing.close();
  });
});
