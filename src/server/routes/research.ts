import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { BUILT_IN_INSTRUMENTS } from '../../core/instruments/registry.ts';
import { ExportQuerySchema, ResearchFilterSchema } from '../../core/schemas/research.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { actorOf } from '../export/actor.ts';
import { dashboardSummary, filterOptions } from '../export/dashboard.ts';
import { prepareExport } from '../export/exportRun.ts';
import type { RetentionTimerOptions } from '../export/retentionTimer.ts';
import { listStudyKeys } from '../export/studyKeys.ts';
import { researchAdminRoutes } from './researchAdmin.ts';

const RESEARCHER = { access: ['researcher'] } as const;

/** Research: the dashboard's figures and pseudonymised, audited exports (researchers only). */
export function researchRoutes(
  app: FastifyInstance,
  database: Database,
  retention: RetentionTimerOptions = {},
): void {
  const { db, dialect } = database;

  app.get('/api/research/options', { config: RESEARCHER }, async () => ({
    ...(await filterOptions(db)),
    instruments: BUILT_IN_INSTRUMENTS.map((d) => ({ id: d.id, title: d.title.en, use: d.use })),
    studies: (await listStudyKeys(db)).filter((k) => k.retiredAt === null),
  }));

  app.get('/api/research/summary', { config: RESEARCHER }, async (req) => {
    const filter = parseWith(ResearchFilterSchema, req.query, 'query');
    return dashboardSummary(db, dialect, filter);
  });

  app.get('/api/research/export', { config: RESEARCHER }, async (req, reply) => {
    const q = parseWith(ExportQuerySchema, req.query, 'query');
    const ex = await prepareExport(database, actorOf(req), q);
    const x = ex.meta.excluded;
    return reply
      .header('Content-Type', ex.contentType)
      .header('Content-Disposition', `attachment; filename="${ex.fileName}"`)
      .header('Cache-Control', 'no-store')
      .header('X-Hafan-Export-Id', ex.exportId)
      .header(
        'X-Hafan-Excluded',
        `consent_no=${x.consentNo}; consent_withdrawn=${x.consentWithdrawn}; erased=${x.erased}; sessions_without_resident=${x.sessionsWithoutResident}`,
      )
      .send(Readable.from(ex.body, { objectMode: false }));
  });

  researchAdminRoutes(app, database, retention);
}
