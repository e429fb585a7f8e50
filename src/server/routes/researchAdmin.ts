import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AuditQuerySchema,
  ErasureByCodeSchema,
  ErasureSchema,
  RetentionSchema,
  StudyKeyCreateSchema,
} from '../../core/schemas/research.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { actorOf } from '../export/actor.ts';
import { appendAudit, listAudit } from '../export/audit.ts';
import { eraseResident, residentIdByCode } from '../export/erasure.ts';
import { getRetention, purgeExpiredEvents, setRetention } from '../export/retention.ts';
import { scheduleRetention, type RetentionTimerOptions } from '../export/retentionTimer.ts';
import {
  createStudyKey,
  listStudyKeys,
  retireStudyKey,
  studyKeySecret,
} from '../export/studyKeys.ts';

const ADMIN = { access: ['admin'] } as const;
const IdParams = z.strictObject({ id: z.uuid() });

/** Admin side of research: study keys, the audit log, erasure and retention. */
export function researchAdminRoutes(
  app: FastifyInstance,
  database: Database,
  retention: RetentionTimerOptions = {},
): void {
  const { db } = database;

  app.get('/api/admin/study-keys', { config: ADMIN }, async () => ({
    keys: await listStudyKeys(db),
  }));

  app.post('/api/admin/study-keys', { config: ADMIN }, async (req, reply) => {
    const input = parseWith(StudyKeyCreateSchema, req.body, 'body');
    const actor = actorOf(req);
    const key = await db.transaction().execute(async (tx) => {
      const k = await createStudyKey(tx, input, actor.id);
      await appendAudit(tx, actor, 'study_key_created', k.id, {
        label: k.label,
        supplied: input.secretHex !== undefined,
      });
      return k;
    });
    return reply.status(201).send(key);
  });

  app.get('/api/admin/study-keys/:id/secret', { config: ADMIN }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const secretHex = await studyKeySecret(db, id);
    await appendAudit(db, actorOf(req), 'study_key_read', id, {});
    return { id, secretHex };
  });

  app.post('/api/admin/study-keys/:id/retire', { config: ADMIN }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    await db.transaction().execute(async (tx) => {
      await retireStudyKey(tx, id);
      await appendAudit(tx, actorOf(req), 'study_key_retired', id, {});
    });
    return { id, retired: true };
  });

  app.get('/api/admin/audit', { config: ADMIN }, async (req) => {
    const q = parseWith(AuditQuerySchema, req.query, 'query');
    return { entries: await listAudit(db, q) };
  });

  app.post('/api/admin/residents/:id/erase', { config: ADMIN }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const { confirmCode } = parseWith(ErasureSchema, req.body, 'body');
    return eraseResident(db, actorOf(req), id, confirmCode);
  });

  app.post('/api/admin/erasure', { config: ADMIN }, async (req) => {
    const { siteId, code } = parseWith(ErasureByCodeSchema, req.body, 'body');
    return eraseResident(db, actorOf(req), await residentIdByCode(db, siteId, code), code);
  });

  /** Everything the research admin page shows at once. */
  app.get('/api/admin/research', { config: ADMIN }, async () => ({
    sites: await db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute(),
    keys: await listStudyKeys(db),
    retention: await getRetention(db),
  }));

  app.get('/api/admin/retention', { config: ADMIN }, async () => getRetention(db));

  app.put('/api/admin/retention', { config: ADMIN }, async (req) => {
    const r = parseWith(RetentionSchema, req.body, 'body');
    await setRetention(db, actorOf(req), r);
    return getRetention(db);
  });

  app.post('/api/admin/retention/purge', { config: ADMIN }, async (req) =>
    purgeExpiredEvents(db, actorOf(req)),
  );

  scheduleRetention(app, db, retention);
}
