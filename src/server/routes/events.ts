import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EventBatchSchema } from '../../core/schemas/events.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { ingestEvents, listEvents } from '../storage/events.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/** Batch ingest for the offline logger: all-or-nothing, idempotent by event id. */
export function eventRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/events/batch', async (req) => {
    const { events } = parseWith(EventBatchSchema, req.body, 'body');
    return ingestEvents(db, events, Date.now());
  });

  app.get('/api/sessions/:id/events', async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    return { events: await listEvents(db, id) };
  });
}
