import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { conflict, invalid, notFound } from '../storage/errors.ts';
import { appendAudit, type AuditActor } from './audit.ts';

type Db = Kysely<Schema>;

export interface ErasureResult {
  residentId: string;
  sessions: number;
  events: number;
  measures: number;
  erasedAt: string;
}

/**
 * Erases a resident's data: their sessions with every event and measure, their label and
 * preferences. The resident row stays (marked erased, code kept so staff see it was done) and
 * every later export and dashboard leaves them out. One transaction, one audit row.
 * `confirmCode` must be the resident's code: erasure cannot be undone.
 */
export async function eraseResident(
  db: Db,
  actor: AuditActor,
  residentId: string,
  confirmCode: string,
): Promise<ErasureResult> {
  return db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('residents')
      .select(['id', 'code', 'site_id', 'erased_at'])
      .where('id', '=', residentId)
      .executeTakeFirst();
    if (!r) throw notFound(`resident ${residentId}`);
    if (r.erased_at) throw conflict(`resident ${residentId} was already erased on ${r.erased_at}`);
    if (r.code !== confirmCode) throw invalid('confirmCode does not match the resident’s code');
    const sessions = tx.selectFrom('sessions').select('id').where('resident_id', '=', residentId);
    const ev = await tx.deleteFrom('events').where('session_id', 'in', sessions).executeTakeFirst();
    const me = await tx
      .deleteFrom('measures')
      .where('session_id', 'in', sessions)
      .executeTakeFirst();
    const se = await tx
      .deleteFrom('sessions')
      .where('resident_id', '=', residentId)
      .executeTakeFirst();
    const erasedAt = new Date().toISOString();
    await tx
      .updateTable('residents')
      .set({ erased_at: erasedAt, label: null, preferences: '{}' })
      .where('id', '=', residentId)
      .execute();
    const result = {
      residentId,
      sessions: Number(se.numDeletedRows),
      events: Number(ev.numDeletedRows),
      measures: Number(me.numDeletedRows),
      erasedAt,
    };
    await appendAudit(tx, actor, 'erasure', residentId, {
      siteId: r.site_id,
      sessions: result.sessions,
      events: result.events,
      measures: result.measures,
    });
    return result;
  });
}

/** The resident with this code at this site (admin erasure by code). */
export async function residentIdByCode(db: Db, siteId: string, code: string): Promise<string> {
  const r = await db
    .selectFrom('residents')
    .select('id')
    .where('site_id', '=', siteId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!r) throw notFound(`resident ${code} at this site`);
  return r.id;
}
