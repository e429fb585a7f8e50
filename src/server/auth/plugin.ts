import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { AccessSchema, type Access } from '../../core/schemas/accounts.ts';
import type { Database } from '../db/database.ts';
import { HttpError } from '../http/errors.ts';
import { resolveAuthSession } from '../storage/authSessions.ts';
import { DEVICE_TOKEN_PREFIX, resolveDeviceToken } from '../storage/headsets.ts';
import { sessionTokenFrom } from './cookies.ts';
import { GUEST_TOKEN_PREFIX, resolveGuestToken } from './guests.ts';
import type { Principal } from './principal.ts';
import { sameSecret } from './secrets.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, resolved before any handler runs; null when nobody is signed in. */
    principal: Principal | null;
    /** The staff sign-in session behind a cookie principal (for CSRF, sign-out, /me). */
    authSession: { id: string; csrfToken: string; expiresAt: string } | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route. Every route must declare it, or the app refuses to start. */
    access?: readonly Access[];
  }
}

export interface Resolved {
  principal: Principal | null;
  via: 'cookie' | 'bearer' | null;
  session: { id: string; csrfToken: string; expiresAt: string } | null;
}

const NOBODY: Resolved = { principal: null, via: null, session: null };

/**
 * Resolves the caller from request headers: `Authorization: Bearer <token>` (a headset's device
 * token, or a guest's invite token) wins over the staff session cookie.
 */
export async function resolveHeaders(
  database: Database,
  headers: IncomingHttpHeaders,
  nowMs = Date.now(),
): Promise<Resolved> {
  const auth = headers.authorization;
  if (typeof auth === 'string' && auth.length > 0) {
    const m = /^Bearer ([A-Za-z0-9_-]{20,120})$/.exec(auth.trim());
    if (!m) return NOBODY;
    const token = m[1]!;
    if (token.startsWith(DEVICE_TOKEN_PREFIX)) {
      const h = await resolveDeviceToken(database.db, token, nowMs);
      return h
        ? {
            principal: { kind: 'headset', headsetId: h.id, siteId: h.siteId },
            via: 'bearer',
            session: null,
          }
        : NOBODY;
    }
    if (token.startsWith(GUEST_TOKEN_PREFIX)) {
      const g = await resolveGuestToken(database, token, nowMs);
      return g ? { principal: g, via: 'bearer', session: null } : NOBODY;
    }
    return NOBODY;
  }
  const cookieToken = sessionTokenFrom(headers.cookie);
  if (!cookieToken) return NOBODY;
  const s = await resolveAuthSession(database.db, cookieToken, nowMs);
  if (!s) return NOBODY;
  return {
    principal: {
      kind: 'user',
      userId: s.user.id,
      role: s.user.role,
      siteId: s.user.siteId,
      authSessionId: s.id,
    },
    via: 'cookie',
    session: { id: s.id, csrfToken: s.csrfToken, expiresAt: s.expiresAt },
  };
}

/** For the WebSocket upgrade: the same principal a request with these headers would get. */
export async function principalFromHeaders(
  database: Database,
  headers: IncomingHttpHeaders,
): Promise<Principal | null> {
  return (await resolveHeaders(database, headers)).principal;
}

/** Whether a principal is one of the kinds a route accepts. */
export function allows(access: readonly Access[], p: Principal | null): boolean {
  if (access.includes('public')) return true;
  if (!p) return false;
  if (p.kind === 'user') return access.includes(p.role);
  return access.includes(p.kind);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface DeclaredRoute {
  method: string;
  url: string;
  access: readonly Access[] | undefined;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on the app, with the access it declared (for the matrix test). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  const own = `${req.protocol}://${req.host}`;
  if (origin !== own) {
    throw new HttpError(403, 'bad_origin', 'This request came from another site and was refused');
  }
}

/**
 * Installs authentication and access control:
 * - every route must declare `config.access`; the app refuses to start otherwise;
 * - `request.principal` is resolved for every route before its handler;
 * - no principal → 401, wrong kind or role → 403;
 * - a state-changing request authenticated by cookie needs `x-csrf-token` equal to its session's
 *   token; any state-changing request with an Origin header must come from this origin.
 */
export function installAuth(
  app: FastifyInstance,
  database: Database,
  now: () => number = Date.now,
): void {
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  const options: {
    config?: { access?: readonly Access[] };
    method: string | string[];
    url: string;
  }[] = [];
  app.decorateRequest('principal', null);
  app.decorateRequest('authSession', null);

  app.addHook('onRoute', (r) => {
    options.push(r as (typeof options)[number]);
    const access = r.config?.access;
    if (access !== undefined) {
      const ok =
        Array.isArray(access) &&
        access.length > 0 &&
        access.every((a) => AccessSchema.safeParse(a).success) &&
        (!access.includes('public') || access.length === 1);
      if (!ok)
        throw new Error(
          `route ${String(r.method)} ${r.url}: invalid config.access ${JSON.stringify(access)}`,
        );
    }
  });

  app.addHook('onReady', async () => {
    routes.length = 0;
    const missing: string[] = [];
    for (const r of options) {
      for (const method of [r.method].flat()) {
        routes.push({ method, url: r.url, access: r.config?.access });
        if (!r.config?.access) missing.push(`${method} ${r.url}`);
      }
    }
    if (missing.length) {
      throw new Error(`every route must declare config.access; missing on: ${missing.join(', ')}`);
    }
  });

  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config?.access;
    // No route matched (the 404 handler): nothing to authorise.
    if (!access) return;
    const safe = SAFE_METHODS.has(req.method);
    if (!safe) checkOrigin(req);
    const r = await resolveHeaders(database, req.headers, now());
    req.principal = r.principal;
    req.authSession = r.session;
    if (access.includes('public')) return;
    if (!r.principal)
      throw new HttpError(401, 'unauthenticated', 'Sign in (or pair this headset) first');
    if (!allows(access, r.principal)) {
      throw new HttpError(403, 'forbidden', 'You do not have access to this');
    }
    if (!safe && r.via === 'cookie') {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !r.session || !sameSecret(sent, r.session.csrfToken)) {
        throw new HttpError(
          403,
          'csrf_failed',
          'Missing or wrong x-csrf-token header: reload the page',
        );
      }
    }
  });
}
