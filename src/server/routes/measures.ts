import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MeasureSchema } from '../../core/schemas/measures.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { listMeasures, recordMeasure } from '../storage/measures.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/** Measure responses (self or staff), idempotent by id and scored on the server. */
export function measureRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/measures', async (req, reply) => {
    const measure = parseWith(MeasureSchema, req.body, 'body');
    const r = await recordMeasure(db, measure, Date.now());
    return reply.status(r.created ? 201 : 200).send(r.measure);
  });

  app.get('/api/sessions/:id/measures', async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    return { measures: await listMeasures(db, id) };
  });
}
