import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Random secrets and their stored form. A token is shown once (cookie, device token, setup link,
 * pairing code) and only its SHA-256 is kept, so a copy of the database gives no working secret.
 * Tokens carry 256 random bits, so a fast hash is enough (unlike passwords).
 */
export function randomToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A pairing code: PAIRING_CODE_DIGITS decimal digits, uniformly random. */
export const PAIRING_CODE_DIGITS = 8;
export function randomDigits(n = PAIRING_CODE_DIGITS): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randomInt(10));
  return s;
}

/** Compares two strings in time that depends only on their length. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
