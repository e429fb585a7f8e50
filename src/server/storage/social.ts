import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { uuidV4 } from '../../core/ids.ts';
import type { SessionEvent } from '../../core/schemas/events.ts';
import {
  generateInviteCode,
  inviteExpiry,
  normaliseInviteCode,
} from '../../core/social/invites.ts';
import type { RoomLogEntry, SocialSceneId } from '../../core/social/room.ts';
import type { Schema, SocialRoomsTable } from '../db/schema.ts';
import { notFound } from './errors.ts';
import { ingestEvents } from './events.ts';

type Db = Kysely<Schema>;

/** Guest bearer tokens start with this (the auth plugin routes such tokens here). */
export const GUEST_TOKEN_PREFIX = 'hfg_';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface SocialRoomRecord {
  id: string;
  siteId: string;
  scene: SocialSceneId;
  sessionId: string;
  createdBy: string | null;
  createdAt: string;
  endedAt: string | null;
}

function toRoom(row: Selectable<SocialRoomsTable>): SocialRoomRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    scene: row.scene as SocialSceneId,
    sessionId: row.session_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}

/**
 * A new room and its session row. The session's length is nominal (15 min, the longest a
 * relaxation session offers); a room's real length is its end minus its start.
 */
export async function createSocialRoom(
  db: Db,
  init: { siteId: string; scene: SocialSceneId; createdBy: string | null; nowMs: number },
): Promise<SocialRoomRecord> {
  const id = uuidV4();
  const sessionId = uuidV4();
  const at = new Date(init.nowMs).toISOString();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('sessions')
      .values({
        id: sessionId,
        scene: init.scene,
        length_min: 15,
        language: 'en',
        pattern: 'coherent',
        started_at: at,
        ended_at: null,
        end_reason: null,
        site_id: init.siteId,
        headset_id: null,
        resident_id: null,
      })
      .execute();
    await tx
      .insertInto('social_rooms')
      .values({
        id,
        site_id: init.siteId,
        scene: init.scene,
        session_id: sessionId,
        created_by: init.createdBy,
        created_at: at,
        ended_at: null,
      })
      .execute();
  });
  return {
    id,
    siteId: init.siteId,
    scene: init.scene,
    sessionId,
    createdBy: init.createdBy,
    createdAt: at,
    endedAt: null,
  };
}

export async function getSocialRoom(db: Db, id: string): Promise<SocialRoomRecord | null> {
  const row = await db
    .selectFrom('social_rooms')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRoom(row) : null;
}

/** The room's stored state JSON (see core/social/roomSnapshot.ts), or null. */
export async function loadRoomState(db: Db, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('social_rooms')
    .select('state_json')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.state_json ?? null;
}

/** Replaces the room's stored state (an open room only: an ended room's state stays as it ended). */
export async function saveRoomState(db: Db, id: string, json: string, nowMs: number) {
  await db
    .updateTable('social_rooms')
    .set({ state_json: json, state_at: new Date(nowMs).toISOString() })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

/** Open rooms, newest first; `siteId` null lists every site's. */
export async function listOpenSocialRooms(
  db: Db,
  siteId: string | null,
): Promise<SocialRoomRecord[]> {
  let q = db.selectFrom('social_rooms').selectAll().where('ended_at', 'is', null);
  if (siteId !== null) q = q.where('site_id', '=', siteId);
  return (await q.orderBy('created_at', 'desc').limit(50).execute()).map(toRoom);
}

/** Ends a room and its session (idempotent: an ended room stays as it ended). */
export async function endSocialRoom(db: Db, id: string, nowMs: number): Promise<SocialRoomRecord> {
  const at = new Date(nowMs).toISOString();
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('social_rooms')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound(`room ${id}`);
    if (row.ended_at) return toRoom(row);
    await tx.updateTable('social_rooms').set({ ended_at: at }).where('id', '=', id).execute();
    await tx
      .updateTable('sessions')
      .set({ ended_at: at, end_reason: 'completed' })
      .where('id', '=', row.session_id)
      .where('ended_at', 'is', null)
      .execute();
    return toRoom({ ...row, ended_at: at });
  });
}

export interface InviteSummary {
  id: string;
  roomId: string;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** A new invite. The code is returned once, here; only its hash is kept. */
export async function createInvite(
  db: Db,
  init: {
    roomId: string;
    ttlMin: number;
    label: string | null;
    createdBy: string | null;
    nowMs: number;
  },
): Promise<InviteSummary & { code: string }> {
  const id = uuidV4();
  const code = generateInviteCode();
  const row = {
    id,
    room_id: init.roomId,
    code_hash: sha256(code),
    label: init.label,
    created_by: init.createdBy,
    created_at: new Date(init.nowMs).toISOString(),
    expires_at: new Date(inviteExpiry(init.nowMs, init.ttlMin)).toISOString(),
    revoked_at: null,
  };
  await db.insertInto('social_invites').values(row).execute();
  return {
    id,
    roomId: row.room_id,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: null,
    code,
  };
}

export async function listInvites(db: Db, roomId: string): Promise<InviteSummary[]> {
  const rows = await db
    .selectFrom('social_invites')
    .selectAll()
    .where('room_id', '=', roomId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    roomId: r.room_id,
    label: r.label,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  }));
}

export async function revokeInvite(db: Db, roomId: string, inviteId: string, nowMs: number) {
  const r = await db
    .updateTable('social_invites')
    .set({ revoked_at: new Date(nowMs).toISOString() })
    .where('id', '=', inviteId)
    .where('room_id', '=', roomId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) {
    const exists = await db
      .selectFrom('social_invites')
      .select('id')
      .where('id', '=', inviteId)
      .where('room_id', '=', roomId)
      .executeTakeFirst();
    if (!exists) throw notFound(`invite ${inviteId}`);
  }
}

export type RedeemResult =
  | {
      ok: true;
      token: string;
      guestId: string;
      roomId: string;
      scene: SocialSceneId;
      expiresAt: string;
    }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'room_ended' };

/**
 * Swaps a valid invite code for a guest identity in its room: a random bearer token (returned
 * once, stored hashed) that lasts as long as the invite does.
 */
export async function redeemInvite(
  db: Db,
  input: { code: string; name: string; nowMs: number },
): Promise<RedeemResult> {
  const code = normaliseInviteCode(input.code);
  if (!code) return { ok: false, reason: 'unknown' };
  const invite = await db
    .selectFrom('social_invites')
    .innerJoin('social_rooms', 'social_rooms.id', 'social_invites.room_id')
    .select([
      'social_invites.id as id',
      'social_invites.room_id as roomId',
      'social_invites.expires_at as expiresAt',
      'social_invites.revoked_at as revokedAt',
      'social_rooms.ended_at as endedAt',
      'social_rooms.scene as scene',
    ])
    .where('social_invites.code_hash', '=', sha256(code))
    .executeTakeFirst();
  if (!invite) return { ok: false, reason: 'unknown' };
  if (invite.revokedAt) return { ok: false, reason: 'revoked' };
  if (Date.parse(invite.expiresAt) <= input.nowMs) return { ok: false, reason: 'expired' };
  if (invite.endedAt) return { ok: false, reason: 'room_ended' };
  const token = GUEST_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const guestId = uuidV4();
  await db
    .insertInto('social_guests')
    .values({
      id: guestId,
      room_id: invite.roomId,
      invite_id: invite.id,
      display_name: input.name,
      token_hash: sha256(token),
      created_at: new Date(input.nowMs).toISOString(),
      expires_at: invite.expiresAt,
    })
    .execute();
  return {
    ok: true,
    token,
    guestId,
    roomId: invite.roomId,
    scene: invite.scene as SocialSceneId,
    expiresAt: invite.expiresAt,
  };
}

/**
 * The guest behind a bearer token, or null: unknown, expired, its invite revoked, or its room
 * ended. Revoking an invite therefore also shuts out the guests who came through it.
 */
export async function resolveGuestToken(
  db: Db,
  token: string,
  nowMs: number,
): Promise<{ guestId: string; roomId: string; name: string } | null> {
  if (!token.startsWith(GUEST_TOKEN_PREFIX)) return null;
  const row = await db
    .selectFrom('social_guests')
    .innerJoin('social_invites', 'social_invites.id', 'social_guests.invite_id')
    .innerJoin('social_rooms', 'social_rooms.id', 'social_guests.room_id')
    .select([
      'social_guests.id as guestId',
      'social_guests.room_id as roomId',
      'social_guests.display_name as name',
      'social_guests.expires_at as expiresAt',
      'social_invites.revoked_at as revokedAt',
      'social_rooms.ended_at as endedAt',
    ])
    .where('social_guests.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || row.endedAt || Date.parse(row.expiresAt) <= nowMs) return null;
  return { guestId: row.guestId, roomId: row.roomId, name: row.name };
}

/** A room's log entries as events of its session, stored once each. */
export async function appendRoomEvents(
  db: Db,
  room: { sessionId: string; createdAt: string },
  entries: readonly { entry: RoomLogEntry; memberSession?: string | null }[],
  nowMs: number,
): Promise<void> {
  if (entries.length === 0) return;
  const tMs = Math.max(0, Math.min(24 * 60 * 60_000, nowMs - Date.parse(room.createdAt)));
  const at = new Date(nowMs).toISOString();
  const events = entries.map(({ entry, memberSession }) => ({
    id: uuidV4(),
    sessionId: room.sessionId,
    tMs,
    at,
    ...toEventBody(entry, memberSession ?? null),
  })) as SessionEvent[];
  await ingestEvents(db, events, nowMs);
}

function toEventBody(
  e: RoomLogEntry,
  memberSession: string | null,
): Pick<SessionEvent, 'type' | 'data'> {
  switch (e.type) {
    case 'social_joined':
      return {
        type: e.type,
        data: {
          member: e.memberId,
          memberKind: e.kind,
          seat: e.seat,
          waiting: e.waiting,
          memberSession,
        },
      };
    case 'social_admitted':
      return { type: e.type, data: { member: e.memberId, by: e.by, seat: e.seat } };
    case 'social_left':
      return {
        type: e.type,
        data: { member: e.memberId, memberKind: e.kind, ...(e.reason ? { reason: e.reason } : {}) },
      };
    case 'social_removed':
      return { type: e.type, data: { member: e.memberId, by: e.by } };
    case 'social_muted':
      return { type: e.type, data: { member: e.memberId, by: e.by, muted: e.muted, self: e.self } };
    case 'social_activity':
      return { type: e.type, data: { activity: e.activity, by: e.by, startAtMs: e.startAtMs } };
    case 'social_lantern':
      return { type: e.type, data: { member: e.memberId } };
    case 'social_ended':
      return { type: e.type, data: { by: e.by } };
  }
}
