import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SessionEndSchema, SessionStartSchema } from '../../core/schemas/session.ts';
import { canUseSession, forbidden, principalOf, siteScope } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { notFound } from '../storage/errors.ts';
import {
  createSession,
  endSession,
  getSession,
  listSessions,
  sessionOwner,
  type SessionOwner,
} from '../storage/sessions.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const ListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Who may record sessions and their logs, and who may read them. */
export const RECORDERS = ['headset', 'staff', 'admin'] as const;
export const READERS = ['staff', 'researcher', 'admin'] as const;

/** A session's site and headset come from who records it, never from the request body. */
function ownerOf(req: FastifyRequest): SessionOwner {
  const p = principalOf(req);
  if (p.kind === 'headset') return { siteId: p.siteId, headsetId: p.headsetId };
  if (p.kind === 'user') return { siteId: p.siteId, headsetId: null };
  throw forbidden();
}

/**
 * 404 for a session the caller may not see (so ids of other sites are not confirmed), 403 when
 * they may see it but not add to it (e.g. a headset writing to another headset's session).
 */
export async function assertSessionAccess(
  db: Database['db'],
  req: FastifyRequest,
  id: string,
): Promise<void> {
  const p = principalOf(req);
  const owner = await sessionOwner(db, id);
  if (!owner) return; // storage answers unknown sessions itself
  if (!canUseSession(p, owner)) {
    if (p.kind === 'headset') throw forbidden('This session belongs to another headset');
    throw notFound(`session ${id}`);
  }
}

/** Thin routes over storage: validate with the shared schema, check access, call storage, answer. */
export function sessionRoutes(app: FastifyInstance, { db }: Database): void {
  app.post('/api/sessions', { config: { access: RECORDERS } }, async (req, reply) => {
    const start = parseWith(SessionStartSchema, req.body, 'body');
    const { record, created } = await createSession(db, start, ownerOf(req));
    return reply.status(created ? 201 : 200).send(record);
  });

  app.post('/api/sessions/:id/end', { config: { access: RECORDERS } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const end = parseWith(SessionEndSchema, req.body, 'body');
    await assertSessionAccess(db, req, id);
    return endSession(db, id, end);
  });

  app.get('/api/sessions/:id', { config: { access: READERS } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    await assertSessionAccess(db, req, id);
    const record = await getSession(db, id);
    if (!record) throw notFound(`session ${id}`);
    return record;
  });

  app.get('/api/sessions', { config: { access: READERS } }, async (req) => {
    const { limit } = parseWith(ListQuery, req.query, 'query');
    return { sessions: await listSessions(db, { limit, siteId: siteScope(principalOf(req)) }) };
  });
}
