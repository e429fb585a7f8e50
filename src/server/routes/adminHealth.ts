import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { adminHealth } from '../ops/health.ts';

export interface AdminHealthOptions {
  version: string;
  dataDir: string;
  backupDir: string;
}

/** `GET /api/admin/health`: the admin health report (admins only). */
export function adminHealthRoutes(
  app: FastifyInstance,
  database: Database,
  opts: AdminHealthOptions,
): void {
  const startedAtMs = Date.now();
  app.get('/api/admin/health', { config: { access: ['admin'] } }, async (_req, reply) => {
    const report = await adminHealth({
      database,
      version: opts.version,
      startedAtMs,
      dataDir: opts.dataDir,
      backupDir: opts.backupDir,
      outboxReports: () => app.hub?.outboxReports() ?? [],
    });
    return reply.header('Cache-Control', 'no-store').send(report);
  });
}
