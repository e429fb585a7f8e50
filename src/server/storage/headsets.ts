import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type {
  HeadsetIdentity,
  HeadsetView,
  PairedHeadset,
  PairingCodeView,
} from '../../core/schemas/auth.ts';
import type { HeadsetsTable, Schema } from '../db/schema.ts';
import { randomDigits, randomToken, sha256 } from '../auth/secrets.ts';
import { notFound } from './errors.ts';

type Db = Kysely<Schema>;

/** A pairing code works once, within 15 minutes. */
export const PAIRING_TTL_MS = 15 * 60_000;
/** Device tokens start with this, so the auth layer knows a headset's bearer token at a glance. */
export const DEVICE_TOKEN_PREFIX = 'hfd_';
/** last_seen_at is written at most this often. */
const TOUCH_EVERY_MS = 60_000;

export function toHeadsetView(row: Selectable<HeadsetsTable>, nowMs: number): HeadsetView {
  const pending =
    row.pairing_code_hash !== null &&
    row.pairing_expires_at !== null &&
    Date.parse(row.pairing_expires_at) > nowMs;
  const status: HeadsetView['status'] =
    row.revoked_at !== null && !pending
      ? 'revoked'
      : row.token_hash !== null
        ? 'paired'
        : pending
          ? 'awaiting_pairing'
          : 'unpaired';
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    status,
    pairingExpiresAt: pending ? row.pairing_expires_at : null,
    pairedAt: row.paired_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  };
}

export async function getHeadsetRow(db: Db, id: string) {
  return db.selectFrom('headsets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listHeadsets(
  db: Db,
  siteId: string | null,
  nowMs: number,
): Promise<HeadsetView[]> {
  let q = db.selectFrom('headsets').selectAll();
  if (siteId !== null) q = q.where('site_id', '=', siteId);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map((r) => toHeadsetView(r, nowMs));
}

async function issueCode(
  db: Db,
  id: string,
  nowMs: number,
): Promise<{ code: string; expiresAt: string }> {
  // Codes are looked up by hash across every headset: retry on the rare clash with a live one.
  for (;;) {
    const code = randomDigits();
    const clash = await db
      .selectFrom('headsets')
      .select('id')
      .where('pairing_code_hash', '=', sha256(code))
      .executeTakeFirst();
    if (clash) continue;
    const expiresAt = new Date(nowMs + PAIRING_TTL_MS).toISOString();
    await db
      .updateTable('headsets')
      .set({ pairing_code_hash: sha256(code), pairing_expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
    return { code, expiresAt };
  }
}

/** Adds a headset to a site and gives the one-time code to type on it. */
export async function createHeadset(
  db: Db,
  siteId: string,
  name: string,
  nowMs: number,
): Promise<PairingCodeView> {
  return db.transaction().execute(async (tx) => {
    const site = await tx
      .selectFrom('sites')
      .select('id')
      .where('id', '=', siteId)
      .executeTakeFirst();
    if (!site) throw notFound(`site ${siteId}`);
    const id = randomUUID();
    await tx
      .insertInto('headsets')
      .values({
        id,
        site_id: siteId,
        name,
        pairing_code_hash: null,
        pairing_expires_at: null,
        token_hash: null,
        paired_at: null,
        revoked_at: null,
        last_seen_at: null,
      })
      .execute();
    const { code, expiresAt } = await issueCode(tx, id, nowMs);
    return { headset: toHeadsetView((await getHeadsetRow(tx, id))!, nowMs), code, expiresAt };
  });
}

/** A fresh code for an existing headset (to pair it again, e.g. after a factory reset). */
export async function newPairingCode(db: Db, id: string, nowMs: number): Promise<PairingCodeView> {
  return db.transaction().execute(async (tx) => {
    if (!(await getHeadsetRow(tx, id))) throw notFound(`headset ${id}`);
    const { code, expiresAt } = await issueCode(tx, id, nowMs);
    return { headset: toHeadsetView((await getHeadsetRow(tx, id))!, nowMs), code, expiresAt };
  });
}

/**
 * Spends a pairing code: the headset gets a new device token (any earlier token of the same
 * headset stops working). Null when no live code matches.
 */
export async function pairHeadset(
  db: Db,
  code: string,
  nowMs: number,
): Promise<PairedHeadset | null> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('headsets')
      .innerJoin('sites', 'sites.id', 'headsets.site_id')
      .select([
        'headsets.id',
        'headsets.name',
        'headsets.site_id',
        'headsets.pairing_expires_at',
        'sites.name as site_name',
      ])
      .where('headsets.pairing_code_hash', '=', sha256(code))
      .executeTakeFirst();
    if (!row || !row.pairing_expires_at || Date.parse(row.pairing_expires_at) <= nowMs) return null;
    const token = randomToken(DEVICE_TOKEN_PREFIX);
    const now = new Date(nowMs).toISOString();
    const r = await tx
      .updateTable('headsets')
      .set({
        pairing_code_hash: null,
        pairing_expires_at: null,
        token_hash: sha256(token),
        paired_at: now,
        revoked_at: null,
        last_seen_at: now,
      })
      .where('id', '=', row.id)
      .where('pairing_code_hash', '=', sha256(code))
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return null;
    return {
      token,
      headset: { id: row.id, name: row.name, siteId: row.site_id, siteName: row.site_name },
    };
  });
}

/** Revoking ends the device token and any pending code; the headset must be paired again. */
export async function revokeHeadset(db: Db, id: string, nowMs: number): Promise<HeadsetView> {
  return db.transaction().execute(async (tx) => {
    if (!(await getHeadsetRow(tx, id))) throw notFound(`headset ${id}`);
    await tx
      .updateTable('headsets')
      .set({
        token_hash: null,
        pairing_code_hash: null,
        pairing_expires_at: null,
        revoked_at: new Date(nowMs).toISOString(),
      })
      .where('id', '=', id)
      .execute();
    return toHeadsetView((await getHeadsetRow(tx, id))!, nowMs);
  });
}

/** The headset a device token belongs to, or null (unknown, revoked or forged). */
export async function resolveDeviceToken(
  db: Db,
  token: string,
  nowMs: number,
): Promise<HeadsetIdentity | null> {
  const row = await db
    .selectFrom('headsets')
    .innerJoin('sites', 'sites.id', 'headsets.site_id')
    .select([
      'headsets.id',
      'headsets.name',
      'headsets.site_id',
      'headsets.last_seen_at',
      'sites.name as site_name',
    ])
    .where('headsets.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return null;
  if (!row.last_seen_at || nowMs - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db
      .updateTable('headsets')
      .set({ last_seen_at: new Date(nowMs).toISOString() })
      .where('id', '=', row.id)
      .execute();
  }
  return { id: row.id, name: row.name, siteId: row.site_id, siteName: row.site_name };
}

export async function headsetIdentity(db: Db, id: string): Promise<HeadsetIdentity | null> {
  const row = await db
    .selectFrom('headsets')
    .innerJoin('sites', 'sites.id', 'headsets.site_id')
    .select(['headsets.id', 'headsets.name', 'headsets.site_id', 'sites.name as site_name'])
    .where('headsets.id', '=', id)
    .executeTakeFirst();
  return row ? { id: row.id, name: row.name, siteId: row.site_id, siteName: row.site_name } : null;
}
