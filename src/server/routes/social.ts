import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CreateInviteSchema,
  CreateRoomSchema,
  JoinWithCodeSchema,
} from '../../core/schemas/social.ts';
import { formatInviteCode } from '../../core/social/invites.ts';
import { roomView } from '../../core/social/messages.ts';
import { mayReachRoom } from '../../core/social/permissions.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { HttpError, parseWith } from '../http/errors.ts';
import { notFound } from '../storage/errors.ts';
import {
  createInvite,
  getSocialRoom,
  listInvites,
  listOpenSocialRooms,
  redeemInvite,
  revokeInvite,
} from '../storage/social.ts';
import { actorFor } from '../social/actors.ts';
import type { SocialRooms } from '../social/rooms.ts';

const RoomParams = z.strictObject({ id: z.uuid() });
const InviteParams = z.strictObject({ id: z.uuid(), inviteId: z.uuid() });

const STAFF = { access: ['staff', 'admin'] } as const;

function principal(req: FastifyRequest): Principal {
  if (!req.principal) throw new HttpError(401, 'unauthenticated', 'Sign in first');
  return req.principal;
}

/** Failed code guesses per client address: 10 in 10 minutes, then 429 until the window passes. */
const GUESS_LIMIT = 10;
const GUESS_WINDOW_MS = 10 * 60_000;

/** Rooms, invites and joining with a code. The live traffic goes through the hub channel. */
export function socialRoutes(
  app: FastifyInstance,
  { db }: Database,
  rooms: SocialRooms,
  now: () => number = Date.now,
): void {
  const guesses = new Map<string, { count: number; since: number }>();

  async function reachableRoom(req: FastifyRequest, id: string) {
    const p = principal(req);
    const record = await getSocialRoom(db, id);
    const actor = actorFor(p);
    if (!record || !actor || !mayReachRoom(actor, record).ok) throw notFound(`room ${id}`);
    return { record, principal: p, actor };
  }

  app.post('/api/social/rooms', { config: STAFF }, async (req, reply) => {
    const body = parseWith(CreateRoomSchema, req.body, 'body');
    const p = principal(req);
    if (p.kind !== 'user') throw new HttpError(403, 'forbidden', 'Only staff make rooms');
    const siteId = p.siteId ?? body.siteId;
    if (!siteId) throw new HttpError(400, 'site_required', 'Say which site the room is for');
    if (p.siteId && body.siteId && body.siteId !== p.siteId) {
      throw new HttpError(403, 'forbidden', 'You can only make rooms for your own site');
    }
    const site = await db
      .selectFrom('sites')
      .select('id')
      .where('id', '=', siteId)
      .executeTakeFirst();
    if (!site) throw notFound(`site ${siteId}`);
    const live = await rooms.createRoom({ siteId, scene: body.scene, createdBy: p.userId });
    return reply.status(201).send({ room: live.record, view: roomView(live.state) });
  });

  app.get('/api/social/rooms', { config: STAFF }, async (req) => {
    const p = principal(req);
    const siteId = p.kind === 'user' ? p.siteId : null;
    const open = await listOpenSocialRooms(db, siteId);
    return {
      rooms: open.map((record) => {
        const live = rooms.liveRoom(record.id);
        return { room: record, view: live ? roomView(live.state) : null };
      }),
    };
  });

  app.get(
    '/api/social/rooms/:id',
    { config: { access: ['staff', 'admin', 'headset', 'guest'] } },
    async (req) => {
      const { id } = parseWith(RoomParams, req.params, 'path');
      const { record } = await reachableRoom(req, id);
      const live = rooms.liveRoom(id);
      return {
        room: { id: record.id, scene: record.scene, endedAt: record.endedAt },
        view: live ? roomView(live.state) : null,
      };
    },
  );

  app.post('/api/social/rooms/:id/end', { config: STAFF }, async (req) => {
    const { id } = parseWith(RoomParams, req.params, 'path');
    const { actor } = await reachableRoom(req, id);
    const live = await rooms.room(id);
    if (live) await rooms.command(live, actor, { type: 'end' });
    return { room: await getSocialRoom(db, id) };
  });

  app.post('/api/social/rooms/:id/invites', { config: STAFF }, async (req, reply) => {
    const { id } = parseWith(RoomParams, req.params, 'path');
    const body = parseWith(CreateInviteSchema, req.body ?? {}, 'body');
    const { record, principal: p } = await reachableRoom(req, id);
    if (record.endedAt) throw new HttpError(409, 'room_ended', 'This room has ended');
    const invite = await createInvite(db, {
      roomId: id,
      ttlMin: body.ttlMin,
      label: body.label || null,
      createdBy: p.kind === 'user' ? p.userId : null,
      nowMs: now(),
    });
    const code = formatInviteCode(invite.code);
    return reply.status(201).send({ invite: { ...invite, code }, path: `/join#${code}` });
  });

  app.get('/api/social/rooms/:id/invites', { config: STAFF }, async (req) => {
    const { id } = parseWith(RoomParams, req.params, 'path');
    await reachableRoom(req, id);
    return { invites: await listInvites(db, id) };
  });

  app.post('/api/social/rooms/:id/invites/:inviteId/revoke', { config: STAFF }, async (req) => {
    const { id, inviteId } = parseWith(InviteParams, req.params, 'path');
    await reachableRoom(req, id);
    await revokeInvite(db, id, inviteId, now());
    return { invites: await listInvites(db, id) };
  });

  // Public: a family member's phone has no account. Failed guesses are limited per address.
  app.post('/api/social/join', { config: { access: ['public'] } }, async (req, reply) => {
    const nowMs = now();
    const key = req.ip;
    const g = guesses.get(key);
    if (g && nowMs - g.since < GUESS_WINDOW_MS && g.count >= GUESS_LIMIT) {
      const retry = Math.ceil((g.since + GUESS_WINDOW_MS - nowMs) / 1000);
      reply.header('Retry-After', String(retry));
      throw new HttpError(429, 'too_many_attempts', 'Too many wrong codes: wait a few minutes');
    }
    const body = parseWith(JoinWithCodeSchema, req.body, 'body');
    const r = await redeemInvite(db, { code: body.code, name: body.name, nowMs });
    if (!r.ok) {
      const fresh = !g || nowMs - g.since >= GUESS_WINDOW_MS;
      if (guesses.size > 10_000) guesses.clear();
      guesses.set(key, fresh ? { count: 1, since: nowMs } : { count: g.count + 1, since: g.since });
      if (r.reason === 'unknown') {
        throw new HttpError(404, 'unknown_code', 'That code is not right: check it and try again');
      }
      const why = {
        expired: 'This invitation has expired: ask the care home for a new one',
        revoked: 'This invitation was cancelled: ask the care home for a new one',
        room_ended: 'This gathering has finished',
      } as const;
      throw new HttpError(410, `invite_${r.reason}`, why[r.reason]);
    }
    return reply.status(201).send(r);
  });
}
