import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Hashed files under /assets/ are cached for a year; index.html is
 * never cached, so a new build is picked up. Unknown /api/* paths get a JSON 404; any other
 * unknown path gets index.html (the app routes /console and /research itself).
 */
export async function installStatic(
  app: FastifyInstance,
  staticDir: string | undefined,
): Promise<void> {
  if (staticDir) {
    // The web app's files are public; the API's routes each declare their own access.
    await app.register(async (scope) => {
      scope.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: ['public'] };
      });
      await scope.register(fastifyStatic, {
        root: path.resolve(staticDir),
        index: 'index.html',
        setHeaders(reply, file) {
          const hashed = file.includes(`${path.sep}assets${path.sep}`);
          // Controller models change only with a new release: cache them a week, so a headset that
          // has loaded them keeps its pointers when the Wi-Fi drops.
          const profile = file.includes(`${path.sep}profiles${path.sep}`);
          reply.header(
            'Cache-Control',
            hashed
              ? 'public, max-age=31536000, immutable'
              : profile
                ? 'public, max-age=604800'
                : 'no-cache',
          );
        },
      });
    });
  }
  const indexFile = staticDir ? path.resolve(staticDir, 'index.html') : null;
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    if (url === '/api' || url.startsWith('/api/') || req.method !== 'GET' || !indexFile) {
      return reply
        .status(404)
        .send({ error: 'not_found', message: `No route for ${req.method} ${url}` });
    }
    if (!fs.existsSync(indexFile)) {
      return reply.status(503).send({ error: 'not_built', message: 'The web app is not built' });
    }
    return reply
      .status(200)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(fs.createReadStream(indexFile));
  });
}
