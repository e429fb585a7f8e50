import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MeasureSchema } from '../../core/schemas/measures.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { listMeasures, recordMeasure } from '../storage/measures.ts';
import { READERS, RECORDERS, assertSessionAccess } from './sessions.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/** Measure responses (self or staff), idempotent by id and scored on the server. */
export function measureRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/measures', { config: { access: RECORDERS } }, async (req, reply) => {
    const measure = parseWith(MeasureSchema, req.body, 'body');
    await assertSessionAccess(db, req, measure.sessionId);
    const r = await recordMeasure(db, measure, Date.now());
    return reply.status(r.created ? 201 : 200).send(r.measure);
  });

  app.get('/api/sessions/:id/measures', { config: { access: READERS } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    await assertSessionAccess(db, req, id);
    return { measures: await listMeasures(db, id) };
  });
}
