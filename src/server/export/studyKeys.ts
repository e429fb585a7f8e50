import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';
import { conflict, notFound } from '../storage/errors.ts';

type Db = Kysely<Schema>;

/** What researchers may see of a study key: never the secret. */
export interface StudyKeyInfo {
  id: string;
  label: string;
  createdAt: string;
  retiredAt: string | null;
}

export async function createStudyKey(
  db: Db,
  input: { label: string; secretHex?: string | undefined },
  createdBy: string | null,
): Promise<StudyKeyInfo & { secretHex: string }> {
  const existing = await db
    .selectFrom('study_keys')
    .select('id')
    .where('label', '=', input.label)
    .executeTakeFirst();
  if (existing) throw conflict(`a study key named "${input.label}" exists`);
  const secretHex = input.secretHex ?? randomBytes(32).toString('hex');
  const row = {
    id: randomUUID(),
    label: input.label,
    secret: secretHex,
    created_at: new Date().toISOString(),
    created_by: createdBy,
    retired_at: null,
  };
  await db.insertInto('study_keys').values(row).execute();
  return { id: row.id, label: row.label, createdAt: row.created_at, retiredAt: null, secretHex };
}

export async function listStudyKeys(db: Db): Promise<StudyKeyInfo[]> {
  const rows = await db
    .selectFrom('study_keys')
    .select(['id', 'label', 'created_at', 'retired_at'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    createdAt: r.created_at,
    retiredAt: r.retired_at,
  }));
}

export async function retireStudyKey(db: Db, id: string): Promise<void> {
  const r = await db
    .updateTable('study_keys')
    .set({ retired_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFound(`active study key ${id}`);
}

/** Admin only: the secret, so it can be kept offline with the study's records. */
export async function studyKeySecret(db: Db, id: string): Promise<string> {
  const row = await db
    .selectFrom('study_keys')
    .select('secret')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`study key ${id}`);
  return row.secret;
}

/**
 * The key an export uses: the one asked for, or the only active one. Exporting without any key
 * is refused: pseudonyms must be stable within a study and the admin decides what a study is.
 */
export async function keyForExport(
  db: Db,
  id: string | undefined,
): Promise<{ info: StudyKeyInfo; secretHex: string }> {
  let q = db.selectFrom('study_keys').selectAll().where('retired_at', 'is', null);
  if (id) q = q.where('id', '=', id);
  const rows = await q.orderBy('created_at').limit(2).execute();
  if (rows.length === 0) {
    throw conflict(
      id ? `No active study key ${id}` : 'No study key yet: an admin must create one first',
    );
  }
  if (!id && rows.length > 1) {
    throw conflict('There are several active studies: choose one');
  }
  const r = rows[0]!;
  return {
    info: { id: r.id, label: r.label, createdAt: r.created_at, retiredAt: r.retired_at },
    secretHex: r.secret,
  };
}
