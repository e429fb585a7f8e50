import { execFileSync, spawn } from 'node:child_process';
import https from 'node:https';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from './auth.ts';
import { setupTokenFrom } from './liveAuth.ts';

function run(args: string[], env: Record<string, string>) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
  return { proc, exited, output: () => out };
}

// Each test spawns the server (tsx compiles it first): generous limits for a busy machine.
describe('npm start (src/server/main.ts)', { timeout: 120_000 }, () => {
  it('prints the URLs, serves, and shuts down cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-main-'));
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const s = run(['--no-build', '--port', '0', '--host', '127.0.0.1'], {
      HAFAN_DIST: dist,
      HAFAN_DATA_DIR: path.join(dir, 'data'),
    });
    await expect
      .poll(() => /console\s+http:\/\/localhost:\d+\/console/.test(s.output()), { timeout: 60_000 })
      .toBe(true);
    expect(s.output()).toMatch(/headset\s+http:\/\/localhost:\d+\//);
    expect(s.output()).toMatch(/research\s+http:\/\/localhost:\d+\/research/);
    const port = /localhost:(\d+)/.exec(s.output())![1];
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(fs.existsSync(path.join(dir, 'data', 'hafan.sqlite'))).toBe(true);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('serves HTTPS with the certificate and key it is given', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-tls-'));
    const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const s = run(['--no-build', '--port', '0', '--host', '127.0.0.1'], {
      HAFAN_DIST: dist,
      HAFAN_DATA_DIR: path.join(dir, 'data'),
      HAFAN_TLS_CERT: cert,
      HAFAN_TLS_KEY: key,
    });
    await expect
      .poll(() => /https:\/\/localhost:\d+\//.test(s.output()), { timeout: 60_000 })
      .toBe(true);
    const port = /https:\/\/localhost:(\d+)/.exec(s.output())![1];
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(
          {
            host: '127.0.0.1',
            port,
            path: '/api/health',
            ca: fs.readFileSync(cert),
            servername: 'localhost',
          },
          (res) => {
            let data = '';
            res.on('data', (d: Buffer) => (data += d.toString()));
            res.on('end', () => resolve(data));
          },
        )
        .on('error', reject);
    });
    expect(JSON.parse(body)).toMatchObject({ status: 'ok' });
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('first start prints a one-time setup link for the first admin; it works once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-setup-'));
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const env = { HAFAN_DIST: dist, HAFAN_DATA_DIR: path.join(dir, 'data') };
    const args = ['--no-build', '--port', '0', '--host', '127.0.0.1'];
    const first = run(args, env);
    await expect
      .poll(() => /console\s+http:\/\/localhost:\d+\/console/.test(first.output()), {
        timeout: 60_000,
      })
      .toBe(true);
    expect(first.output()).toMatch(/first admin account \(user name "admin"\)/);
    expect(first.output()).toMatch(/setup\s+http:\/\/localhost:\d+\/console\/setup#[\w-]{40,}/);
    const token = setupTokenFrom(first.output());
    const base = `http://127.0.0.1:${/localhost:(\d+)/.exec(first.output())![1]}`;
    const post = (url: string, body: unknown) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // There is no default password: nobody can sign in before the link is used.
    expect((await post('/api/auth/sign-in', { username: 'admin', password: 'admin' })).status).toBe(
      401,
    );
    const check = await post('/api/auth/setup/check', { token });
    expect(await check.json()).toMatchObject({ username: 'admin', purpose: 'setup' });
    expect((await post('/api/auth/setup', { token, password: 'short' })).status).toBe(400);
    const setup = await post('/api/auth/setup', { token, password: TEST_PASSWORD });
    expect(setup.status).toBe(200);
    expect(setup.headers.get('set-cookie')).toMatch(/HttpOnly/);
    // Single use: the same link again is refused.
    expect((await post('/api/auth/setup', { token, password: TEST_PASSWORD })).status).toBe(404);
    const signIn = await post('/api/auth/sign-in', { username: 'admin', password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // Once the admin has a password, later starts print no link.
    const second = run(args, env);
    await expect
      .poll(() => /console\s+http:\/\/localhost:\d+\/console/.test(second.output()), {
        timeout: 60_000,
      })
      .toBe(true);
    expect(second.output()).not.toMatch(/setup#/);
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses bad settings with one clear message and exit code 1', async () => {
    const s = run(['--no-build'], { PORT: 'eighty' });
    expect(await s.exited).toBe(1);
    expect(s.output()).toMatch(/Invalid settings:[\s\S]*port/);
    const tls = run(['--no-build'], { HAFAN_TLS_CERT: '/nonexistent.pem' });
    expect(await tls.exited).toBe(1);
    expect(tls.output()).toMatch(/HAFAN_TLS_CERT and HAFAN_TLS_KEY/);
  });
});
