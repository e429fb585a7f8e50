import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { parseRecordedPath, type RecordedIndex } from '../../core/narration/source.ts';
import { listRecordedFiles } from '../narration/recordedFiles.ts';

export const NARRATION_PREFIX = '/narration/';

/**
 * Recorded narration provided by the deployment (HAFAN_NARRATION_DIR): GET /api/narration lists
 * every file so the headset never probes for ones that are missing, and /narration/<lang>/
 * <script>/<lineId>.<ext> serves them. Without the folder the index is empty and headsets use
 * speech or captions. Open to every caller: the files are the same script every resident hears.
 */
export async function narrationRoutes(
  app: FastifyInstance,
  dir: string | undefined,
): Promise<void> {
  app.get('/api/narration', { config: { access: ['public'] } }, async (_req, reply) => {
    const index: RecordedIndex = { base: NARRATION_PREFIX, files: await listRecordedFiles(dir) };
    return reply.header('Cache-Control', 'no-cache').send(index);
  });
  if (!dir) return;
  const root = path.resolve(dir);
  await app.register(async (scope) => {
    // The static plugin's own routes are public, like the index (the access contract).
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: ['public'] };
    });
    await scope.register(fastifyStatic, {
      root,
      prefix: NARRATION_PREFIX,
      decorateReply: false,
      index: false,
      dotfiles: 'deny',
      // Only narration files, named as documented; anything else in the folder stays private.
      allowedPath: (pathName) => parseRecordedPath(pathName.replace(/^\//, '')) !== null,
      setHeaders(reply) {
        reply.header('Cache-Control', 'public, max-age=86400');
      },
    });
  });
}
