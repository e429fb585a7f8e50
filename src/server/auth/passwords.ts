import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt at OWASP's parameters (N=2^17, r=8, p=1), a 64-byte key and a
 * random 16-byte salt. The stored string carries its parameters, so they can be raised later and
 * old hashes still verify: `scrypt$<logN>$<r>$<p>$<salt b64url>$<key b64url>`.
 */
export const SCRYPT = { logN: 17, r: 8, p: 1, keyLength: 64, saltLength: 16 } as const;

/** scrypt needs 128·N·r bytes; allow twice that. */
const maxmem = (logN: number, r: number) => 2 * 128 * 2 ** logN * r;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, len: number) {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: maxmem(logN, r) };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, len, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltLength);
  const key = await derive(password, salt, SCRYPT.logN, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return [
    'scrypt',
    SCRYPT.logN,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

const ENCODED = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([\w-]+)\$([\w-]+)$/;

/** True when the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = ENCODED.exec(stored);
  if (!m) return false;
  const [logN, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (logN < 14 || logN > 20 || r < 1 || r > 32 || p < 1 || p > 4) return false;
  const salt = Buffer.from(m[4]!, 'base64url');
  const expected = Buffer.from(m[5]!, 'base64url');
  if (expected.length < 32) return false;
  const key = await derive(password, salt, logN, r, p, expected.length);
  return timingSafeEqual(key, expected);
}

/** A hash of nothing anyone knows, verified against for unknown usernames so timing is alike. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
