import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SessionEndSchema, SessionStartSchema } from '../../core/schemas/session.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { notFound } from '../storage/errors.ts';
import { createSession, endSession, getSession, listSessions } from '../storage/sessions.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const ListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Thin routes over storage: validate with the shared schema, call storage, answer. */
export function sessionRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/sessions', async (req, reply) => {
    const start = parseWith(SessionStartSchema, req.body, 'body');
    const { record, created } = await createSession(db, start);
    return reply.status(created ? 201 : 200).send(record);
  });

  app.post('/api/sessions/:id/end', async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    return endSession(db, id, parseWith(SessionEndSchema, req.body, 'body'));
  });

  app.get('/api/sessions/:id', async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const record = await getSession(db, id);
    if (!record) throw notFound(`session ${id}`);
    return record;
  });

  app.get('/api/sessions', async (req) => {
    const { limit } = parseWith(ListQuery, req.query, 'query');
    return { sessions: await listSessions(db, { limit }) };
  });
}
