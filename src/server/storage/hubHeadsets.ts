import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

type Db = Kysely<Schema>;

export interface HubHeadsetRow {
  id: string;
  siteId: string;
  name: string;
}

/** Paired, unrevoked headsets of one site (or of every site for `null`), by name. */
export async function listHubHeadsets(db: Db, siteId: string | null): Promise<HubHeadsetRow[]> {
  let q = db
    .selectFrom('headsets')
    .select(['id', 'site_id', 'name'])
    .where('paired_at', 'is not', null)
    .where('revoked_at', 'is', null);
  if (siteId !== null) q = q.where('site_id', '=', siteId);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, siteId: r.site_id, name: r.name }));
}

export async function getHubHeadset(db: Db, id: string): Promise<HubHeadsetRow | null> {
  const r = await db
    .selectFrom('headsets')
    .select(['id', 'site_id', 'name'])
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return r ? { id: r.id, siteId: r.site_id, name: r.name } : null;
}

export async function touchHeadset(db: Db, id: string, at: Date): Promise<void> {
  await db
    .updateTable('headsets')
    .set({ last_seen_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** The site of a resident who may take part in sessions (not erased), or null. */
export async function residentSite(db: Db, residentId: string): Promise<string | null> {
  const r = await db
    .selectFrom('residents')
    .select('site_id')
    .where('id', '=', residentId)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  return r?.site_id ?? null;
}

/**
 * Records whom a session was for: staff chose the resident in the console and the headset ran
 * the session. Only a session of that headset without a resident yet is changed; returns whether
 * the row was there to change (the headset's outbox may not have delivered it yet).
 */
export async function linkSessionResident(
  db: Db,
  sessionId: string,
  headsetId: string,
  residentId: string,
): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set({ resident_id: residentId })
    .where('id', '=', sessionId)
    .where('headset_id', '=', headsetId)
    .where('resident_id', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) > 0) return true;
  const row = await db
    .selectFrom('sessions')
    .select('resident_id')
    .where('id', '=', sessionId)
    .where('headset_id', '=', headsetId)
    .executeTakeFirst();
  return row !== undefined && row.resident_id !== null;
}
