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

/**
 * Records a session start. Idempotent: the same id with the same start again returns the stored
 * record (created: false); the same id with a different start is a conflict.
 */
export async function createSession(
  db: Db,
  start: SessionStart,
): Promise<{ record: SessionRecord; created: boolean }> {
  return db.transaction().execute(async (tx) => {
    const existing = await getSession(tx, start.id);
    if (existing) {
      if (!sameStart(existing, start))
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

export async function listSessions(db: Db, opts: { limit: number }): Promise<SessionRecord[]> {
  const rows = await db
    .selectFrom('sessions')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id')
    .limit(opts.limit)
    .execute();
  return rows.map(toRecord);
}
