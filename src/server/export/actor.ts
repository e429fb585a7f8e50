import type { FastifyRequest } from 'fastify';
import type { AuditActor } from './audit.ts';

/** The audit actor of a request, from the principal the auth plugin resolved. */
export function actorOf(req: FastifyRequest): AuditActor {
  const p = req.principal;
  if (!p) return { kind: 'system', id: null };
  if (p.kind === 'user') return { kind: 'user', id: p.userId };
  if (p.kind === 'headset') return { kind: 'headset', id: p.headsetId };
  return { kind: 'system', id: null };
}
