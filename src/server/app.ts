import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { installAuth, principalFromHeaders } from './auth/plugin.ts';
import type { Database } from './db/database.ts';
import type { RetentionTimerOptions } from './export/retentionTimer.ts';
import { installErrorHandling } from './http/errors.ts';
import { installSecurityHeaders } from './http/security.ts';
import { installStatic } from './http/static.ts';
import { hubRoutes, type HubRouteOptions } from './hub/routes.ts';
import { adminHealthRoutes } from './routes/adminHealth.ts';
import { authRoutes, type SIGN_IN_LIMITS } from './routes/auth.ts';
import { eventRoutes } from './routes/events.ts';
import { headsetRoutes } from './routes/headsets.ts';
import { healthRoutes } from './routes/health.ts';
import { lanCaRoutes } from './routes/lanCa.ts';
import { measureRoutes } from './routes/measures.ts';
import { measuresDueRoutes } from './routes/measuresDue.ts';
import { sessionNoteRoutes } from './routes/sessionNotes.ts';
import { narrationRoutes } from './routes/narration.ts';
import { researchRoutes } from './routes/research.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { residentRoutes } from './routes/residents.ts';
import { siteRoutes } from './routes/sites.ts';
import { userRoutes } from './routes/users.ts';
import { socialRoutes } from './routes/social.ts';
import { installSocial, type SocialOptions } from './social/install.ts';

export interface AppOptions {
  database: Database;
  /** The built web app (dist/); without it only the API is served. */
  staticDir?: string | undefined;
  version?: string;
  logger?: boolean;
  https?: { cert: Buffer; key: Buffer } | undefined;
  /** Days from a periodic measure until its follow-up is due (HAFAN_FOLLOW_UP_DAYS). */
  followUpDays?: number | undefined;
  /** Recorded narration files (HAFAN_NARRATION_DIR); unset means speech or captions only. */
  narrationDir?: string | undefined;
  /**
   * Mark the session cookie Secure with the `__Host-` prefix. On by default when serving HTTPS;
   * set it when a TLS-terminating proxy is in front (HAFAN_SECURE_COOKIES=1).
   */
  secureCookies?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (client address for rate limits, protocol). */
  trustProxy?: boolean;
  /** The clock for expiry and rate limits (tests move it). */
  now?: () => number;
  /** Failed sign-ins allowed (default SIGN_IN_LIMITS). */
  signInLimits?: typeof SIGN_IN_LIMITS;
  /** Hub settings; tests shorten its timers. */
  hub?: Partial<HubRouteOptions>;
  /** The local CA's certificate from `npm run lan-cert`, offered for download. */
  lanCaFile?: string | undefined;
  /** Where data and backups live, for the admin health report (default ./data, data/backups). */
  dataDir?: string;
  backupDir?: string;
  /** Social rooms: ICE servers for voice (HAFAN_ICE_SERVERS), a clock for tests. */
  social?: SocialOptions;
  /** The scheduled retention purge: interval and first run (tests shorten them). */
  retention?: RetentionTimerOptions;
}

/** Largest JSON body accepted: a batch of events is well under this. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The whole HTTP app, not listening: tests call `app.inject()` without sockets, `main.ts` listens.
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: 'info' } : false,
    bodyLimit: BODY_LIMIT_BYTES,
    ...(opts.https ? { https: opts.https } : {}),
    // Ids in paths are validated by the routes; keep Fastify from 414-ing odd but short URLs.
    routerOptions: { maxParamLength: 200 },
    trustProxy: opts.trustProxy ?? false,
  }) as unknown as FastifyInstance;
  // JSON only: any other body type is refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  installSecurityHeaders(app);
  const now = opts.now ?? Date.now;
  // Before any route: it checks every route's declared access and resolves request.principal.
  installAuth(app, opts.database, now);
  healthRoutes(app, opts.database, opts.version ?? '0.0.0');
  authRoutes(app, opts.database, {
    secureCookies: opts.secureCookies ?? Boolean(opts.https),
    now,
    limits: opts.signInLimits,
  });
  siteRoutes(app, opts.database);
  userRoutes(app, opts.database, now);
  residentRoutes(app, opts.database, now);
  headsetRoutes(app, opts.database, now);
  sessionRoutes(app, opts.database);
  eventRoutes(app, opts.database);
  measureRoutes(app, opts.database);
  sessionNoteRoutes(app, opts.database);
  measuresDueRoutes(app, opts.database, opts.followUpDays);
  await narrationRoutes(app, opts.narrationDir);
  researchRoutes(app, opts.database, { now, ...opts.retention });
  await hubRoutes(app, opts.database, {
    resolvePrincipal: (headers) => principalFromHeaders(opts.database, headers),
    ...opts.hub,
  });
  lanCaRoutes(app, opts.lanCaFile);
  adminHealthRoutes(app, opts.database, {
    version: opts.version ?? '0.0.0',
    dataDir: opts.dataDir ?? 'data',
    backupDir: opts.backupDir ?? path.join(opts.dataDir ?? 'data', 'backups'),
  });
  socialRoutes(app, opts.database, installSocial(app, opts.database, opts.social));
  await installStatic(app, opts.staticDir);
  return app;
}
