import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A local certificate authority and a server certificate for the Hafan box, made with the openssl
 * CLI, kept in `<data>/tls/`. Devices trust the CA once; the server certificate can then be
 * reissued (a new address, a renewal) without touching the devices again, so an existing CA is
 * always reused. The server picks these files up by itself (see config.ts).
 */

export interface LanCertPaths {
  dir: string;
  caKey: string;
  caCert: string;
  key: string;
  cert: string;
}

export interface LanNames {
  dns: string[];
  ips: string[];
}

/** Server certificates last 825 days: the longest iOS and iPadOS accept from a private CA. */
export const SERVER_CERT_DAYS = 825;
const CA_DAYS = 3650;
export const CA_FILE_NAME = 'hafan-ca.crt';

export function lanCertPaths(dataDir: string): LanCertPaths {
  const dir = path.join(dataDir, 'tls');
  return {
    dir,
    caKey: path.join(dir, 'hafan-ca.key'),
    caCert: path.join(dir, CA_FILE_NAME),
    key: path.join(dir, 'server.key'),
    cert: path.join(dir, 'server.crt'),
  };
}

/** This machine's names and addresses: what devices on the care home's network will type. */
export function machineNames(): LanNames {
  const host = os.hostname().toLowerCase();
  const dns = new Set(['localhost']);
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host)) {
    dns.add(host);
    if (!host.includes('.')) dns.add(`${host}.local`);
  }
  const ips = new Set(['127.0.0.1', '::1']);
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) {
      // Link-local IPv6 addresses carry a zone and are not what anyone types.
      if (!a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80'))) ips.add(a.address);
    }
  }
  return { dns: [...dns], ips: [...ips] };
}

function openssl(args: string[]): string {
  try {
    return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error('openssl is not installed: sudo apt-get install -y openssl', { cause: err });
    }
    throw new Error(`openssl ${args[0]} failed: ${e.stderr ?? e.message}`, { cause: err });
  }
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export interface LanCertResult {
  paths: LanCertPaths;
  caCreated: boolean;
  names: LanNames;
  /** SHA-256 fingerprint of the CA, to compare on a device before trusting it. */
  caFingerprint: string;
}

/** Creates the CA if there is none, then a fresh server certificate for `names`. */
export function createLanCertificates(dataDir: string, names: LanNames): LanCertResult {
  if (names.dns.length + names.ips.length === 0) throw new Error('No names to certify');
  const paths = lanCertPaths(dataDir);
  fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const caCreated = !(fs.existsSync(paths.caKey) && fs.existsSync(paths.caCert));
  if (caCreated) {
    const label = os.hostname().replace(/[^A-Za-z0-9 .-]/g, '') || 'box';
    openssl([
      'req',
      '-x509',
      ...EC_KEY,
      '-keyout',
      paths.caKey,
      '-out',
      paths.caCert,
      '-days',
      String(CA_DAYS),
      '-sha256',
      '-subj',
      `/O=Hafan/CN=Hafan local CA (${label})`,
      '-addext',
      'basicConstraints=critical,CA:TRUE,pathlen:0',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-addext',
      'subjectKeyIdentifier=hash',
    ]);
    fs.chmodSync(paths.caKey, 0o600);
  }

  const csr = path.join(paths.dir, 'server.csr');
  const ext = path.join(paths.dir, 'server.ext');
  const newKey = `${paths.key}.new`;
  const newCert = `${paths.cert}.new`;
  const subjectAltName = [
    ...names.dns.map((d) => `DNS:${d}`),
    ...names.ips.map((ip) => `IP:${ip}`),
  ].join(',');
  fs.writeFileSync(
    ext,
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=${subjectAltName}`,
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid,issuer',
      '',
    ].join('\n'),
  );
  try {
    const cn = names.dns.find((d) => d !== 'localhost') ?? names.dns[0] ?? names.ips[0]!;
    openssl([
      'req',
      '-new',
      ...EC_KEY,
      '-keyout',
      newKey,
      '-out',
      csr,
      '-subj',
      `/O=Hafan/CN=${cn}`,
    ]);
    fs.chmodSync(newKey, 0o600);
    openssl([
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      paths.caCert,
      '-CAkey',
      paths.caKey,
      '-set_serial',
      `0x${randomBytes(16)
        .toString('hex')
        .replace(/^[89a-f]/, '1')}`,
      '-days',
      String(SERVER_CERT_DAYS),
      '-sha256',
      '-extfile',
      ext,
      '-out',
      newCert,
    ]);
    // Swap both in only once both exist, so a failure never leaves a key without its certificate.
    fs.renameSync(newKey, paths.key);
    fs.renameSync(newCert, paths.cert);
  } finally {
    for (const f of [csr, ext, newKey, newCert]) fs.rmSync(f, { force: true });
  }
  const fingerprint = openssl(['x509', '-in', paths.caCert, '-noout', '-fingerprint', '-sha256'])
    .trim()
    .replace(/^.*=/, '');
  return { paths, caCreated, names, caFingerprint: fingerprint };
}

/** The LAN certificate pair, when `npm run lan-cert` has made one in this data folder. */
export function existingLanCert(dataDir: string): LanCertPaths | null {
  const p = lanCertPaths(dataDir);
  return fs.existsSync(p.cert) && fs.existsSync(p.key) ? p : null;
}
