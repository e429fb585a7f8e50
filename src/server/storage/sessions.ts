import type { Kysely, Selectable } from 'kysely';
import type { SessionEnd, SessionRecord, SessionStart } from '../../core/schemas/session.ts';
import type { Schema, SessionsTable } from '../db/schema.ts';
import { conflict, invalid, notFound } from './errors.ts';

type Db = Kysely<Schema>;

function toRecord(row: Selectable<SessionsTable>): SessionRecord {
  return {
    id: row.id,
    scene: row.scene,
    lengthMin: row.length_min as SessionRecord['lengthMin'],
    language: row.language as SessionRecord['language'],
    pattern: row.pattern,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    endReason: row.end_reason as SessionRecord['endReason'],
  };
}

function sameStart(a: SessionRecord, b: SessionStart): boolean {
  return (
    a.scene === b.scene &&
    a.lengthMin === b.lengthMin &&
    a.language === b.language &&
    a.pattern === b.pattern &&
    Date.parse(a.startedAt) === Date.parse(b.startedAt)
  );
}

export async function getSession(db: Db, id: string): Promise<SessionRecord | null> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Where a session belongs: its site and the headset that ran it (null when started by staff). */
export interface SessionOwner {
  siteId: string | null;
  headsetId: string | null;
}

export async function sessionOwner(
  db: Db,
  id: string,
): Promise<{ site_id: string | null; headset_id: string | null } | null> {
  return (
    (await db
      .selectFrom('sessions')
      .select(['site_id', 'headset_id'])
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

/** The owners of whichever of these sessions exist. */
export async function sessionOwners(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; site_id: string | null; headset_id: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('sessions')
    .select(['id', 'site_id', 'headset_id'])
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * Records a session start for its owner. Idempotent: the same id with the same start (from the
 * same owner) again returns the stored record (created: false); anything else is a conflict.
 */
export async function createSession(
  db: Db,
  start: SessionStart,
  owner: SessionOwner = { siteId: null, headsetId: null },
): Promise<{ record: SessionRecord; created: boolean }> {
  return db.transaction().execute(async (tx) => {
    const existing = await getSession(tx, start.id);
    if (existing) {
      const o = await sessionOwner(tx, start.id);
      if (
        !sameStart(existing, start) ||
        o?.site_id !== owner.siteId ||
        o.headset_id !== owner.headsetId
      )
        throw conflict(`session ${start.id} exists with other details`);
      return { record: existing, created: false };
    }
    await tx
      .insertInto('sessions')
      .values({
        id: start.id,
        scene: start.scene,
        length_min: start.lengthMin,
        language: start.language,
        pattern: start.pattern,
        // Stored in UTC so text order is time order on both databases.
        started_at: new Date(start.startedAt).toISOString(),
        site_id: owner.siteId,
        headset_id: owner.headsetId,
      })
      .execute();
    return { record: (await getSession(tx, start.id))!, created: true };
  });
}

/** Records how a session ended. Repeating the same end is a no-op; a different end conflicts. */
export async function endSession(db: Db, id: string, end: SessionEnd): Promise<SessionRecord> {
  return db.transaction().execute(async (tx) => {
    const existing = await getSession(tx, id);
    if (!existing) throw notFound(`session ${id}`);
    if (Date.parse(end.endedAt) < Date.parse(existing.startedAt)) {
      throw invalid('endedAt is before the session started');
    }
    if (existing.endReason !== null) {
      const same =
        existing.endReason === end.endReason &&
        Date.parse(existing.endedAt ?? '') === Date.parse(end.endedAt);
      if (same) return existing;
      throw conflict(`session ${id} has already ended (${existing.endReason})`);
    }
    await tx
      .updateTable('sessions')
      .set({ ended_at: new Date(end.endedAt).toISOString(), end_reason: end.endReason })
      .where('id', '=', id)
      .execute();
    return (await getSession(tx, id))!;
  });
}

/** Most recent first; `siteId` limits the list to one site (null: every site). */
export async function listSessions(
  db: Db,
  opts: { limit: number; siteId?: string | null },
): Promise<SessionRecord[]> {
  let q = db.selectFrom('sessions').selectAll();
  if (opts.siteId != null) q = q.where('site_id', '=', opts.siteId);
  const rows = await q.orderBy('started_at', 'desc').orderBy('id').limit(opts.limit).execute();
  return rows.map(toRecord);
}
