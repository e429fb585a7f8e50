import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateUserSchema,
  UpdateUserSchema,
  type SetupLinkIssued,
} from '../../core/schemas/auth.ts';
import { canSeeSite, forbidden, siteScope, userOf } from '../auth/scope.ts';
import type { Database } from '../db/database.ts';
import { HttpError, parseWith } from '../http/errors.ts';
import { audit } from '../storage/audit.ts';
import { notFound } from '../storage/errors.ts';
import {
  createSetupLink,
  createUser,
  getUserRow,
  listUsers,
  toUserView,
  updateUser,
} from '../storage/users.ts';

const IdParams = z.strictObject({ id: z.uuid() });
const setupPath = (token: string) => `/console/setup#${token}`;

/**
 * Accounts, managed by admins. A new account has no password: the admin hands the person a
 * one-time link. An admin limited to one site manages only that site's staff.
 */
export function userRoutes(
  app: FastifyInstance,
  { db }: Database,
  now: () => number = Date.now,
): void {
  async function visibleUser(scope: string | null, id: string) {
    const row = await getUserRow(db, id);
    if (!row || (scope !== null && row.site_id !== scope)) throw notFound(`user ${id}`);
    return row;
  }

  app.get('/api/users', { config: { access: ['admin'] } }, async (req) => {
    return { users: await listUsers(db, siteScope(userOf(req))) };
  });

  app.post('/api/users', { config: { access: ['admin'] } }, async (req, reply) => {
    const p = userOf(req);
    const body = parseWith(CreateUserSchema, req.body, 'body');
    if (!canSeeSite(p, body.siteId) || (p.siteId !== null && body.role !== 'staff')) {
      throw forbidden('An admin for one site can add staff to that site only');
    }
    if (body.role === 'staff' && body.siteId === null) {
      throw new HttpError(400, 'invalid_input', 'Staff accounts belong to a site: choose one');
    }
    const user = await createUser(db, body);
    const link = await createSetupLink(db, user.id, 'setup', now());
    await audit(
      db,
      {
        actor: p,
        action: 'account_created',
        subject: user.id,
        details: { username: user.username, role: user.role, siteId: user.siteId },
      },
      now(),
    );
    const answer: SetupLinkIssued = {
      user,
      setupPath: setupPath(link.token),
      expiresAt: link.expiresAt,
    };
    return reply.status(201).header('Cache-Control', 'no-store').send(answer);
  });

  app.patch('/api/users/:id', { config: { access: ['admin'] } }, async (req) => {
    const p = userOf(req);
    const { id } = parseWith(IdParams, req.params, 'path');
    const change = parseWith(UpdateUserSchema, req.body, 'body');
    await visibleUser(siteScope(p), id);
    if (
      id === p.userId &&
      (change.disabled === true ||
        (change.role && change.role !== 'admin') ||
        change.siteId !== undefined)
    ) {
      throw new HttpError(
        409,
        'conflict',
        'You cannot disable yourself or change your own role or site: ask another admin',
      );
    }
    if (
      p.siteId !== null &&
      ((change.role !== undefined && change.role !== 'staff') ||
        (change.siteId !== undefined && change.siteId !== p.siteId))
    ) {
      throw forbidden('An admin for one site can manage staff of that site only');
    }
    const { before, after } = await updateUser(db, id, change, now());
    const t = now();
    if (before.role !== after.role)
      await audit(
        db,
        {
          actor: p,
          action: 'role_changed',
          subject: id,
          details: { from: before.role, to: after.role },
        },
        t,
      );
    if (before.siteId !== after.siteId)
      await audit(
        db,
        {
          actor: p,
          action: 'site_changed',
          subject: id,
          details: { from: before.siteId, to: after.siteId },
        },
        t,
      );
    if (before.disabled !== after.disabled)
      await audit(
        db,
        { actor: p, action: after.disabled ? 'account_disabled' : 'account_enabled', subject: id },
        t,
      );
    if (before.displayName !== after.displayName)
      await audit(
        db,
        { actor: p, action: 'account_renamed', subject: id, details: { to: after.displayName } },
        t,
      );
    return after;
  });

  app.post('/api/users/:id/reset', { config: { access: ['admin'] } }, async (req, reply) => {
    const p = userOf(req);
    const { id } = parseWith(IdParams, req.params, 'path');
    const row = await visibleUser(siteScope(p), id);
    const link = await createSetupLink(
      db,
      id,
      row.password_hash === null ? 'setup' : 'reset',
      now(),
    );
    await audit(db, { actor: p, action: 'password_reset_link', subject: id }, now());
    const answer: SetupLinkIssued = {
      user: toUserView(row),
      setupPath: setupPath(link.token),
      expiresAt: link.expiresAt,
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });
}
