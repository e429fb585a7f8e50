import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Consent } from '../../core/schemas/accounts.ts';
import type { ResidentPreferences, ResidentView } from '../../core/schemas/residents.ts';
import type { ResidentsTable, Schema } from '../db/schema.ts';
import { conflict, notFound } from './errors.ts';

type Db = Kysely<Schema>;

export function toResidentView(r: Selectable<ResidentsTable>): ResidentView {
  return {
    id: r.id,
    siteId: r.site_id,
    code: r.code,
    label: r.label,
    preferences: JSON.parse(r.preferences) as ResidentPreferences,
    consent: r.consent as Consent,
    consentAt: r.consent_at,
  };
}

export async function getResidentRow(db: Db, id: string) {
  return db
    .selectFrom('residents')
    .selectAll()
    .where('id', '=', id)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
}

/**
 * Residents of a site (or every site), matching `q` at the start of the code or anywhere in the
 * label, case-insensitively; erased residents never appear.
 */
export async function searchResidents(
  db: Db,
  opts: { siteId: string | null; q: string; limit: number },
): Promise<ResidentView[]> {
  let q = db.selectFrom('residents').selectAll().where('erased_at', 'is', null);
  if (opts.siteId !== null) q = q.where('site_id', '=', opts.siteId);
  const rows = await q.orderBy('code').execute();
  const needle = opts.q.toLocaleLowerCase();
  return rows
    .filter(
      (r) =>
        !needle ||
        r.code.toLocaleLowerCase().startsWith(needle) ||
        (r.label ?? '').toLocaleLowerCase().includes(needle),
    )
    .slice(0, opts.limit)
    .map(toResidentView);
}

export async function createResident(
  db: Db,
  r: {
    siteId: string;
    code: string;
    label: string | null;
    preferences: ResidentPreferences;
    consent: Consent;
  },
  nowMs: number,
): Promise<ResidentView> {
  return db.transaction().execute(async (tx) => {
    const site = await tx
      .selectFrom('sites')
      .select('id')
      .where('id', '=', r.siteId)
      .executeTakeFirst();
    if (!site) throw notFound(`site ${r.siteId}`);
    const clash = await tx
      .selectFrom('residents')
      .select('id')
      .where('site_id', '=', r.siteId)
      .where('code', '=', r.code)
      .executeTakeFirst();
    if (clash) throw conflict(`a resident with code ${r.code} exists at this site`);
    const id = randomUUID();
    await tx
      .insertInto('residents')
      .values({
        id,
        site_id: r.siteId,
        code: r.code,
        label: r.label,
        preferences: JSON.stringify(r.preferences),
        consent: r.consent,
        consent_at: r.consent === 'no' ? null : new Date(nowMs).toISOString(),
        erased_at: null,
      })
      .execute();
    return toResidentView((await getResidentRow(tx, id))!);
  });
}

export async function updateResident(
  db: Db,
  id: string,
  change: {
    label?: string | null | undefined;
    preferences?: ResidentPreferences | undefined;
    consent?: Consent | undefined;
  },
  nowMs: number,
): Promise<{ before: ResidentView; after: ResidentView }> {
  return db.transaction().execute(async (tx) => {
    const row = await getResidentRow(tx, id);
    if (!row) throw notFound(`resident ${id}`);
    const before = toResidentView(row);
    const set: Partial<{
      label: string | null;
      preferences: string;
      consent: string;
      consent_at: string;
    }> = {};
    if (change.label !== undefined) set.label = change.label;
    if (change.preferences !== undefined) set.preferences = JSON.stringify(change.preferences);
    if (change.consent !== undefined && change.consent !== before.consent) {
      set.consent = change.consent;
      set.consent_at = new Date(nowMs).toISOString();
    }
    if (Object.keys(set).length > 0)
      await tx.updateTable('residents').set(set).where('id', '=', id).execute();
    return { before, after: toResidentView((await getResidentRow(tx, id))!) };
  });
}
