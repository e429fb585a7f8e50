import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EventBatchSchema } from '../../core/schemas/events.ts';
import { canUseSession, forbidden, principalOf } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { ingestEvents, listEvents } from '../storage/events.ts';
import { sessionOwners } from '../storage/sessions.ts';
import { READERS, RECORDERS, assertSessionAccess } from './sessions.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/** Batch ingest for the offline logger: all-or-nothing, idempotent by event id. */
export function eventRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/events/batch', { config: { access: RECORDERS } }, async (req) => {
    const { events } = parseWith(EventBatchSchema, req.body, 'body');
    const p = principalOf(req);
    const owners = await sessionOwners(db, [...new Set(events.map((e) => e.sessionId))]);
    // The whole batch is refused if any of it is for a session the caller does not own.
    if (owners.some((o) => !canUseSession(p, o))) {
      throw forbidden('This batch holds events of a session that is not yours');
    }
    return ingestEvents(db, events, Date.now());
  });

  app.get('/api/sessions/:id/events', { config: { access: READERS } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    await assertSessionAccess(db, req, id);
    return { events: await listEvents(db, id) };
  });
}
