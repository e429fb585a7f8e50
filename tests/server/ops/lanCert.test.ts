import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLanCertificates, lanCertPaths } from '../../../src/server/ops/lanCert.ts';

// npm run lan-cert: a local CA and a server certificate for the box's names and addresses, which
// the server then serves HTTPS with, verifiable by a client that trusts only that CA.

const openssl = (args: string[]) => execFileSync('openssl', args, { encoding: 'utf8' });

function get(
  port: string,
  urlPath: string,
  ca: Buffer | undefined,
): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: '127.0.0.1', port, path: urlPath, ...(ca ? { ca } : {}) }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body,
            type: String(res.headers['content-type']),
          }),
        );
      })
      .on('error', reject);
  });
}

describe('npm run lan-cert', () => {
  it('makes a CA and a server certificate for the given names, reusing the CA next time', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-lan-'));
    const first = createLanCertificates(dataDir, {
      dns: ['hafan-box', 'hafan-box.local', 'localhost'],
      ips: ['127.0.0.1', '192.168.1.20'],
    });
    expect(first.caCreated).toBe(true);
    const p = lanCertPaths(dataDir);
    expect(openssl(['verify', '-CAfile', p.caCert, p.cert]).trim()).toBe(`${p.cert}: OK`);
    const text = openssl(['x509', '-in', p.cert, '-noout', '-text']);
    for (const san of ['DNS:hafan-box', 'DNS:hafan-box.local', 'IP Address:192.168.1.20']) {
      expect(text).toContain(san);
    }
    expect(text).toContain('TLS Web Server Authentication');
    expect(text).toMatch(/CA:FALSE/);
    const caText = openssl(['x509', '-in', p.caCert, '-noout', '-text']);
    expect(caText).toMatch(/CA:TRUE/);
    expect(caText).toContain('Certificate Sign');
    // Private keys are readable by their owner only.
    expect(fs.statSync(p.caKey).mode & 0o077).toBe(0);
    expect(fs.statSync(p.key).mode & 0o077).toBe(0);
    // No working files left behind.
    expect(fs.readdirSync(p.dir).sort()).toEqual(
      ['hafan-ca.crt', 'hafan-ca.key', 'server.crt', 'server.key'].sort(),
    );

    const caBefore = fs.readFileSync(p.caCert);
    const certBefore = fs.readFileSync(p.cert);
    const second = createLanCertificates(dataDir, { dns: ['hafan-box'], ips: ['10.1.2.3'] });
    expect(second.caCreated).toBe(false);
    expect(second.caFingerprint).toBe(first.caFingerprint);
    expect(fs.readFileSync(p.caCert).equals(caBefore)).toBe(true);
    expect(fs.readFileSync(p.cert).equals(certBefore)).toBe(false);
    expect(openssl(['x509', '-in', p.cert, '-noout', '-ext', 'subjectAltName'])).toContain(
      'IP Address:10.1.2.3',
    );
    expect(openssl(['verify', '-CAfile', p.caCert, p.cert]).trim()).toBe(`${p.cert}: OK`);
  });

  it('is used by npm start, which serves HTTPS trusted through the CA and offers the CA', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hafan-lan-serve-'));
    const dataDir = path.join(dir, 'data');
    const cli = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/ops/lanCertCli.ts', 'hafan.care-home.test'],
      { env: { ...process.env, HAFAN_DATA_DIR: dataDir }, encoding: 'utf8' },
    );
    expect(cli).toMatch(/Created a new local certificate authority/);
    expect(cli).toMatch(/Meta Quest/);
    expect(cli).toMatch(/iPad/);
    expect(cli).toMatch(/Android tablet/);
    expect(cli).toMatch(/self-signed certificate that the device does not trust is not enough/);
    const p = lanCertPaths(dataDir);
    expect(openssl(['x509', '-in', p.cert, '-noout', '-ext', 'subjectAltName'])).toContain(
      'DNS:hafan.care-home.test',
    );

    const dist = path.join(dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--port', '0', '--host', '127.0.0.1'],
      {
        env: { ...process.env, DATABASE_URL: '', HAFAN_DIST: dist, HAFAN_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    try {
      // Starting the server (tsx compiles it) takes over 20 s when the machine is loaded.
      await expect
        .poll(() => /https:\/\/localhost:\d+\//.test(out), { timeout: 60_000 })
        .toBe(true);
      expect(out).toContain('hafan-ca.crt');
      const port = /https:\/\/localhost:(\d+)/.exec(out)![1]!;
      const ca = fs.readFileSync(p.caCert);
      const health = await get(port, '/api/health', ca);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
      // A client that does not trust the CA refuses the connection.
      await expect(get(port, '/api/health', undefined)).rejects.toThrow(/certificate/i);
      const download = await get(port, '/hafan-ca.crt', ca);
      expect(download.status).toBe(200);
      expect(download.type).toBe('application/x-x509-ca-cert');
      expect(download.body).toBe(ca.toString());
    } finally {
      proc.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 100_000);
});
