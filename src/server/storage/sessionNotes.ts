import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { MAX_FUTURE_SKEW_MS, canonicalJson } from '../../core/schemas/events.ts';
import type {
  Observation,
  SessionNote,
  StoredSessionNote,
} from '../../core/schemas/sessionNotes.ts';
import type { Schema } from '../db/schema.ts';
import { conflict, invalid, notFound } from './errors.ts';

type Db = Kysely<Schema>;

/**
 * Stores a staff note about a session once by id: the same note again is a no-op, different
 * data under a known id is a conflict, and nothing changes when it is refused.
 */
export async function recordSessionNote(
  db: Db,
  sessionId: string,
  note: SessionNote,
  authorId: string | null,
  nowMs: number,
): Promise<{ note: StoredSessionNote; created: boolean }> {
  if (Date.parse(note.notedAt) > nowMs + MAX_FUTURE_SKEW_MS)
    throw invalid(`note ${note.id} is dated in the future`);
  const hash = createHash('sha256')
    .update(canonicalJson({ ...note, sessionId }))
    .digest('hex');
  const stored: StoredSessionNote = { ...note, sessionId, authorId };
  return db.transaction().execute(async (tx) => {
    const session = await tx
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', sessionId)
      .executeTakeFirst();
    if (!session) throw notFound(`session ${sessionId}`);
    const existing = await tx
      .selectFrom('session_notes')
      .select(['payload_hash', 'author_id'])
      .where('id', '=', note.id)
      .executeTakeFirst();
    if (existing) {
      if (existing.payload_hash !== hash)
        throw conflict(`note ${note.id} is already stored with different data`);
      return { note: { ...stored, authorId: existing.author_id }, created: false };
    }
    await tx
      .insertInto('session_notes')
      .values({
        id: note.id,
        session_id: sessionId,
        observations: JSON.stringify(note.observations),
        text: note.text,
        noted_at: new Date(note.notedAt).toISOString(),
        author_id: authorId,
        payload_hash: hash,
      })
      .execute();
    return { note: stored, created: true };
  });
}

export async function listSessionNotes(db: Db, sessionId: string): Promise<StoredSessionNote[]> {
  const rows = await db
    .selectFrom('session_notes')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('noted_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    observations: JSON.parse(r.observations) as Observation[],
    text: r.text,
    notedAt: r.noted_at,
    authorId: r.author_id,
  }));
}
