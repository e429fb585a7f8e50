import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findInstrument } from '../../core/instruments/registry.ts';
import {
  InstrumentAnswerError,
  scoreMeasure,
  type MeasureScore,
} from '../../core/instruments/scoring.ts';
import { MAX_FUTURE_SKEW_MS, canonicalJson } from '../../core/schemas/events.ts';
import type { Measure } from '../../core/schemas/measures.ts';
import type { Schema } from '../db/schema.ts';
import { StorageError, conflict, invalid, unknownSession } from './errors.ts';

type Db = Kysely<Schema>;

export interface StoredMeasure extends Measure {
  score: MeasureScore;
}

/**
 * Stores a measure once by id, scored on the server from the instrument definition (a client's
 * own score is never trusted). The same id and payload again is a no-op; different data conflicts.
 */
export async function recordMeasure(
  db: Db,
  m: Measure,
  nowMs: number,
): Promise<{ measure: StoredMeasure; created: boolean }> {
  if (Date.parse(m.answeredAt) > nowMs + MAX_FUTURE_SKEW_MS)
    throw invalid(`measure ${m.id} is dated in the future`);
  const def = findInstrument(m.instrumentId, m.instrumentVersion);
  if (!def) {
    throw new StorageError(
      422,
      'unknown_instrument',
      `unknown instrument ${m.instrumentId} ${m.instrumentVersion}`,
    );
  }
  if (!def.timings.includes(m.timing))
    throw invalid(`${def.id} is not asked at timing ${m.timing}`);
  let score: MeasureScore;
  try {
    score = scoreMeasure(def, m.answers);
  } catch (err) {
    if (err instanceof InstrumentAnswerError) throw invalid(err.message);
    throw err;
  }
  const hash = createHash('sha256').update(canonicalJson(m)).digest('hex');
  return db.transaction().execute(async (tx) => {
    const session = await tx
      .selectFrom('sessions')
      .select('id')
      .where('id', '=', m.sessionId)
      .executeTakeFirst();
    if (!session) throw unknownSession(m.sessionId);
    const existing = await tx
      .selectFrom('measures')
      .select('payload_hash')
      .where('id', '=', m.id)
      .executeTakeFirst();
    if (existing) {
      if (existing.payload_hash !== hash)
        throw conflict(`measure ${m.id} is already stored with different data`);
      return { measure: { ...m, score }, created: false };
    }
    await tx
      .insertInto('measures')
      .values({
        id: m.id,
        session_id: m.sessionId,
        instrument_id: m.instrumentId,
        instrument_version: m.instrumentVersion,
        timing: m.timing,
        respondent: m.respondent,
        answers: JSON.stringify(m.answers),
        score: JSON.stringify(score),
        answered_at: new Date(m.answeredAt).toISOString(),
        payload_hash: hash,
      })
      .execute();
    return { measure: { ...m, score }, created: true };
  });
}

export async function listMeasures(db: Db, sessionId: string): Promise<StoredMeasure[]> {
  const rows = await db
    .selectFrom('measures')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('answered_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    instrumentId: r.instrument_id,
    instrumentVersion: r.instrument_version,
    timing: r.timing as Measure['timing'],
    respondent: r.respondent as Measure['respondent'],
    answers: JSON.parse(r.answers) as Measure['answers'],
    answeredAt: r.answered_at,
    score: JSON.parse(r.score) as MeasureScore,
  }));
}
