import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateResidentSchema,
  ResidentSearchSchema,
  UpdateResidentSchema,
} from '../../core/schemas/residents.ts';
import { canSeeSite, forbidden, principalOf, siteScope } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { audit } from '../storage/audit.ts';
import { notFound } from '../storage/errors.ts';
import {
  createResident,
  getResidentRow,
  searchResidents,
  toResidentView,
  updateResident,
} from '../storage/residents.ts';

const IdParams = z.strictObject({ id: z.uuid() });
/** Labels are for staff: researchers see residents only through pseudonymised exports. */
const STAFF = ['staff', 'admin'] as const;

/** Pseudonymous residents per site: search and pick, add, preferences, research consent. */
export function residentRoutes(
  app: FastifyInstance,
  { db }: Database,
  now: () => number = Date.now,
): void {
  app.get('/api/residents', { config: { access: STAFF } }, async (req) => {
    const p = principalOf(req);
    const { q, siteId, limit } = parseWith(ResidentSearchSchema, req.query, 'query');
    const scope = siteScope(p);
    if (siteId && !canSeeSite(p, siteId)) throw forbidden();
    return { residents: await searchResidents(db, { siteId: siteId ?? scope, q, limit }) };
  });

  app.get('/api/residents/:id', { config: { access: STAFF } }, async (req) => {
    const { id } = parseWith(IdParams, req.params, 'path');
    const row = await getResidentRow(db, id);
    if (!row || !canSeeSite(principalOf(req), row.site_id)) throw notFound(`resident ${id}`);
    return toResidentView(row);
  });

  app.post('/api/residents', { config: { access: STAFF } }, async (req, reply) => {
    const p = principalOf(req);
    const body = parseWith(CreateResidentSchema, req.body, 'body');
    if (!canSeeSite(p, body.siteId)) throw forbidden('You can add residents only at your own site');
    const r = await createResident(db, body, now());
    await audit(
      db,
      { actor: p, action: 'resident_added', subject: r.id, details: { siteId: r.siteId } },
      now(),
    );
    if (r.consent !== 'no') {
      await audit(
        db,
        {
          actor: p,
          action: 'consent_changed',
          subject: r.id,
          details: { from: null, to: r.consent },
        },
        now(),
      );
    }
    return reply.status(201).send(r);
  });

  app.patch('/api/residents/:id', { config: { access: STAFF } }, async (req) => {
    const p = principalOf(req);
    const { id } = parseWith(IdParams, req.params, 'path');
    const change = parseWith(UpdateResidentSchema, req.body, 'body');
    const row = await getResidentRow(db, id);
    if (!row || !canSeeSite(p, row.site_id)) throw notFound(`resident ${id}`);
    const { before, after } = await updateResident(db, id, change, now());
    if (before.consent !== after.consent) {
      await audit(
        db,
        {
          actor: p,
          action: 'consent_changed',
          subject: id,
          details: { from: before.consent, to: after.consent },
        },
        now(),
      );
    }
    if (change.preferences !== undefined || change.label !== undefined) {
      await audit(
        db,
        {
          actor: p,
          action: 'resident_updated',
          subject: id,
          details: { fields: Object.keys(change).filter((k) => k !== 'consent') },
        },
        now(),
      );
    }
    return after;
  });
}
