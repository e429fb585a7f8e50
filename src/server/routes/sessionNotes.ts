import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SessionNoteSchema } from '../../core/schemas/sessionNotes.ts';
import { userOf } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { listSessionNotes, recordSessionNote } from '../storage/sessionNotes.ts';
import { READERS, assertSessionAccess } from './sessions.ts';

const IdParams = z.strictObject({ id: z.uuid() });
/** Notes are written by care staff (and admins); a headset never writes them. */
export const NOTE_WRITERS = ['staff', 'admin'] as const;

/** Staff notes about a session: what they saw, and a short text. Idempotent by note id. */
export function sessionNoteRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/sessions/:id/notes', { config: { access: NOTE_WRITERS } }, async (req, reply) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const note = parseWith(SessionNoteSchema, req.body, 'body');
    await assertSessionAccess(db, req, id);
    const r = await recordSessionNote(db, id, note, userOf(req).userId, Date.now());
    return reply.status(r.created ? 201 : 200).send(r.note);
  });

  app.get('/api/sessions/:id/notes', { config: { access: READERS } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    await assertSessionAccess(db, req, id);
    return { notes: await listSessionNotes(db, id) };
  });
}
