import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, buildApp } from '../../../src/server/app.ts';
import type { Database } from '../../../src/server/db/database.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src/server/http/security.ts';
import { seedPeople, type TestPeople } from '../auth.ts';
import { TEST_DATABASES, openMigrated } from '../databases.ts';

describe('HTTP behaviour', () => {
  let database: Database;
  let app: FastifyInstance;
  let people: TestPeople;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-dist-'));

  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Hafan test</title>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    database = await openMigrated(TEST_DATABASES[0]!);
    app = await buildApp({ database, staticDir: dist, version: '9.9.9' });
    people = await seedPeople(app, database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('reports health with the version and database', async () => {
    const r = await app.inject('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', version: '9.9.9', database: 'sqlite' });
  });

  it('answers unknown API routes with JSON 404, and other paths with the app', async () => {
    const api = await app.inject('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'not_found' });
    expect((await app.inject({ method: 'DELETE', url: '/api/sessions' })).statusCode).toBe(404);
    for (const url of ['/', '/console', '/research/exports?x=1']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.body).toContain('Hafan test');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year', async () => {
    const r = await app.inject('/assets/app-abc123.js');
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toContain('immutable');
  });

  it('sends security headers on every answer', async () => {
    for (const url of ['/', '/api/health', '/api/nope']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('refuses malformed JSON with 400 and a message', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json', ...people.headset.headers },
      payload: '{"id": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      error: 'invalid_json',
      message: 'The request body is not valid JSON',
    });
  });

  it('refuses bodies that are not JSON with 415, and oversized ones with 413', async () => {
    const text = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'text/plain', ...people.headset.headers },
      payload: 'hello',
    });
    expect(text.statusCode).toBe(415);
    const big = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json', ...people.headset.headers },
      payload: JSON.stringify({ pad: 'x'.repeat(BODY_LIMIT_BYTES) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe('body_too_large');
  });

  it('survives a burst of garbage and still answers', async () => {
    const junk = [
      '',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"a":1}}',
      '\u0000\u0001',
      '{'.repeat(5000),
    ];
    for (const payload of junk) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/sessions',
        headers: { 'content-type': 'application/json', ...people.headset.headers },
        payload,
      });
      expect(r.statusCode, JSON.stringify(payload.slice(0, 20))).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
    }
    expect((await app.inject('/api/health')).statusCode).toBe(200);
  });
});
