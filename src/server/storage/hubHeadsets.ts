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
