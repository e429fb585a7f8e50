/**
 * The staff session cookie. Over HTTPS it is `__Host-hafan_session` with Secure (the prefix makes
 * the browser refuse it unless it is Secure, host-only and Path=/). Over plain HTTP (development
 * on localhost, or a trusted LAN without a certificate) Secure cannot be set, or the browser would
 * never send the cookie back to a LAN address, and a `__Host-` cookie needs Secure, so the plain
 * name is used. Both are HttpOnly and SameSite=Strict.
 */
export const SECURE_COOKIE = '__Host-hafan_session';
export const PLAIN_COOKIE = 'hafan_session';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (!out.has(name)) out.set(name, value);
  }
  return out;
}

/** The session token from a Cookie header: the secure cookie first, else the plain one. */
export function sessionTokenFrom(header: string | undefined): string | null {
  const c = parseCookies(header);
  const v = c.get(SECURE_COOKIE) ?? c.get(PLAIN_COOKIE);
  return v && /^[A-Za-z0-9_-]{20,100}$/.test(v) ? v : null;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const name = secure ? SECURE_COOKIE : PLAIN_COOKIE;
  const flags = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ];
  if (secure) flags.push('Secure');
  return `${name}=${token}; ${flags.join('; ')}`;
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', 0, secure);
}
