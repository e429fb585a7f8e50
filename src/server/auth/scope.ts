import type { FastifyRequest } from 'fastify';
import { HttpError } from '../http/errors.ts';
import type { Principal } from './principal.ts';

/**
 * What a caller may see and change. Staff belong to one site; admins and researchers with no site
 * see every site; a headset sees only itself and its site.
 */

/** The principal of a route that declared it needs one (never public). */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new HttpError(401, 'unauthenticated', 'Sign in first');
  return req.principal;
}

export function userOf(req: FastifyRequest): Extract<Principal, { kind: 'user' }> {
  const p = principalOf(req);
  if (p.kind !== 'user') throw new HttpError(403, 'forbidden', 'Only staff accounts may do this');
  return p;
}

/** The one site a caller is limited to, or null for every site. */
export function siteScope(p: Principal): string | null {
  if (p.kind === 'user') return p.siteId;
  if (p.kind === 'headset') return p.siteId;
  return '\u0000'; // a guest sees no site's records
}

export function canSeeSite(p: Principal, siteId: string | null): boolean {
  const scope = siteScope(p);
  return scope === null || scope === siteId;
}

/** Whether a caller may add to or read a session (its site for staff, its own for a headset). */
export function canUseSession(
  p: Principal,
  session: { site_id: string | null; headset_id: string | null },
): boolean {
  if (p.kind === 'headset') return session.headset_id === p.headsetId;
  if (p.kind === 'user') return p.siteId === null || session.site_id === p.siteId;
  return false;
}

export const forbidden = (message = 'You do not have access to this') =>
  new HttpError(403, 'forbidden', message);
