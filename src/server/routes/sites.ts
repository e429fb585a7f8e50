import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SiteNameSchema } from '../../core/schemas/auth.ts';
import { canSeeSite, forbidden, principalOf, siteScope } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { parseWith } from '../http/errors.ts';
import { audit } from '../storage/audit.ts';
import { createSite, listSites, renameSite } from '../storage/sites.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const SiteBody = z.strictObject({ name: SiteNameSchema });

/** Care homes and venues. Staff see their own site; admins with no site manage every site. */
export function siteRoutes(app: FastifyInstance, { db }: Database): void {
  app.get('/api/sites', { config: { access: ['staff', 'researcher', 'admin'] } }, async (req) => {
    return { sites: await listSites(db, siteScope(principalOf(req))) };
  });

  app.post('/api/sites', { config: { access: ['admin'] } }, async (req, reply) => {
    const p = principalOf(req);
    if (siteScope(p) !== null) throw forbidden('Only an admin for every site can add sites');
    const { name } = parseWith(SiteBody, req.body, 'body');
    const site = await createSite(db, name);
    await audit(db, { actor: p, action: 'site_created', subject: site.id, details: { name } });
    return reply.status(201).send(site);
  });

  app.patch('/api/sites/:id', { config: { access: ['admin'] } }, async (req) => {
    const p = principalOf(req);
    const { id } = parseWith(IdParams, req.params, 'path');
    if (!canSeeSite(p, id)) throw forbidden();
    const { name } = parseWith(SiteBody, req.body, 'body');
    const site = await renameSite(db, id, name);
    await audit(db, { actor: p, action: 'site_renamed', subject: id, details: { name } });
    return site;
  });
}
