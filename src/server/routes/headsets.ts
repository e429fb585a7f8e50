import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateHeadsetSchema, PairHeadsetSchema } from '../../core/schemas/auth.ts';
import { FIFTEEN_MINUTES, FailureCounter } from '../auth/rateLimit.ts';
import { canSeeSite, forbidden, principalOf, siteScope } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { HttpError, parseWith } from '../http/errors.ts';
import { audit } from '../storage/audit.ts';
import { notFound } from '../storage/errors.ts';
import {
  createHeadset,
  getHeadsetRow,
  listHeadsets,
  newPairingCode,
  pairHeadset,
  headsetIdentity,
  revokeHeadset,
} from '../storage/headsets.ts';

const IdParams = z.strictObject({ id: z.uuid() });

/**
 * Wrong pairing codes allowed per client address, and in all, per 15 minutes. With 8-digit codes
 * that live 15 minutes, the global limit keeps the chance of guessing any live code negligible.
 */
export const PAIRING_LIMITS = {
  perAddress: { max: 10, windowMs: FIFTEEN_MINUTES },
  overall: { max: 100, windowMs: FIFTEEN_MINUTES },
} as const;

/** Adding, pairing and revoking headsets. */
export function headsetRoutes(
  app: FastifyInstance,
  { db }: Database,
  now: () => number = Date.now,
): void {
  const byAddress = new FailureCounter(PAIRING_LIMITS.perAddress);
  const overall = new FailureCounter(PAIRING_LIMITS.overall);

  async function ownHeadset(principal: ReturnType<typeof principalOf>, id: string) {
    const row = await getHeadsetRow(db, id);
    if (!row || !canSeeSite(principal, row.site_id)) throw notFound(`headset ${id}`);
    return row;
  }

  app.get('/api/headsets', { config: { access: ['staff', 'admin'] } }, async (req) => {
    return { headsets: await listHeadsets(db, siteScope(principalOf(req)), now()) };
  });

  app.post('/api/headsets', { config: { access: ['admin'] } }, async (req, reply) => {
    const p = principalOf(req);
    const { name, siteId } = parseWith(CreateHeadsetSchema, req.body, 'body');
    if (!canSeeSite(p, siteId)) throw forbidden('You can add headsets only to your own site');
    const made = await createHeadset(db, siteId, name, now());
    await audit(
      db,
      { actor: p, action: 'headset_added', subject: made.headset.id, details: { name, siteId } },
      now(),
    );
    return reply.status(201).header('Cache-Control', 'no-store').send(made);
  });

  app.post(
    '/api/headsets/:id/pairing-code',
    { config: { access: ['admin'] } },
    async (req, reply) => {
      const p = principalOf(req);
      const { id } = parseWith(IdParams, req.params, 'path');
      await ownHeadset(p, id);
      const made = await newPairingCode(db, id, now());
      await audit(db, { actor: p, action: 'headset_pairing_code', subject: id }, now());
      return reply.header('Cache-Control', 'no-store').send(made);
    },
  );

  app.post('/api/headsets/:id/revoke', { config: { access: ['admin'] } }, async (req) => {
    const p = principalOf(req);
    const { id } = parseWith(IdParams, req.params, 'path');
    await ownHeadset(p, id);
    const view = await revokeHeadset(db, id, now());
    await audit(db, { actor: p, action: 'headset_revoked', subject: id }, now());
    return view;
  });

  app.post('/api/headsets/pair', { config: { access: ['public'] } }, async (req, reply) => {
    const t = now();
    const wait = Math.max(byAddress.blockedFor(req.ip, t), overall.blockedFor('all', t));
    if (wait > 0) {
      reply.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new HttpError(
        429,
        'too_many_attempts',
        'Too many wrong codes: wait a few minutes, then try again',
      );
    }
    const { code } = parseWith(PairHeadsetSchema, req.body, 'body');
    const paired = await pairHeadset(db, code, t);
    if (!paired) {
      byAddress.fail(req.ip, t);
      overall.fail('all', t);
      await audit(
        db,
        { actor: null, action: 'headset_pairing_failed', details: { address: req.ip } },
        t,
      );
      throw new HttpError(
        400,
        'code_invalid',
        'That code is not right, or it has expired: check it, or ask for a new one',
      );
    }
    await audit(
      db,
      {
        actor: { kind: 'headset', headsetId: paired.headset.id },
        action: 'headset_paired',
        subject: paired.headset.id,
        details: { address: req.ip },
      },
      t,
    );
    return reply.header('Cache-Control', 'no-store').send(paired);
  });

  app.get('/api/headsets/me', { config: { access: ['headset'] } }, async (req) => {
    const p = principalOf(req);
    const identity = p.kind === 'headset' ? await headsetIdentity(db, p.headsetId) : null;
    if (!identity) throw new HttpError(401, 'unauthenticated', 'This headset is not paired');
    return identity;
  });
}
