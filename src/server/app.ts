import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from './db/database.ts';
import { installErrorHandling } from './http/errors.ts';
import { installSecurityHeaders } from './http/security.ts';
import { installStatic } from './http/static.ts';
import { hubRoutes, type HubRouteOptions } from './hub/routes.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { measureRoutes } from './routes/measures.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { socialRoutes } from './routes/social.ts';
import { installSocial, type SocialOptions } from './social/install.ts';

export interface AppOptions {
  database: Database;
  /** The built web app (dist/); without it only the API is served. */
  staticDir?: string | undefined;
  version?: string;
  logger?: boolean;
  https?: { cert: Buffer; key: Buffer } | undefined;
  /** Hub settings; tests shorten its timers. */
  hub?: Partial<HubRouteOptions>;
  /** Social rooms: ICE servers for voice (HAFAN_ICE_SERVERS), a clock for tests. */
  social?: SocialOptions;
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
  }) as unknown as FastifyInstance;
  // JSON only: any other body type is refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  installSecurityHeaders(app);
  healthRoutes(app, opts.database, opts.version ?? '0.0.0');
  sessionRoutes(app, opts.database);
  eventRoutes(app, opts.database);
  measureRoutes(app, opts.database);
  await hubRoutes(app, opts.database, { resolvePrincipal: async () => null, ...opts.hub });
  socialRoutes(app, opts.database, installSocial(app, opts.database, opts.social));
  await installStatic(app, opts.staticDir);
  return app;
}
