import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SessionNoteSchema } from '../../core/schemas/sessionNotes.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { listSessionNotes, recordSessionNote } from '../storage/sessionNotes.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/** Staff notes about a session: what they saw, and a short text. Idempotent by note id. */
export function sessionNoteRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/sessions/:id/notes', async (req, reply) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const note = parseWith(SessionNoteSchema, req.body, 'body');
    const r = await recordSessionNote(db, id, note, null, Date.now());
    return reply.status(r.created ? 201 : 200).send(r.note);
  });

  app.get('/api/sessions/:id/notes', async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    return { notes: await listSessionNotes(db, id) };
  });
}
