import type { Kysely } from 'kysely';
import type { Answer } from '../../core/instruments/scoring.ts';
import {
  PERIODIC_INSTRUMENTS,
  periodicStatus,
  type PeriodicStatus,
} from '../../core/measures/due.ts';
import type { Schema } from '../db/schema.ts';
import { notFound } from './errors.ts';

type Db = Kysely<Schema>;

/** What periodic measures are due for a resident, from the measures of their sessions. */
export async function periodicDueFor(
  db: Db,
  residentId: string,
  opts: {
    nowIso: string;
    followUpDays: number;
    /** The caller's site; null for every site. Another site's resident is "not found". */
    siteId: string | null;
  },
): Promise<{ residentId: string; followUpDays: number; instruments: PeriodicStatus[] }> {
  const { nowIso, followUpDays, siteId } = opts;
  const resident = await db
    .selectFrom('residents')
    .select(['id', 'site_id', 'erased_at'])
    .where('id', '=', residentId)
    .executeTakeFirst();
  if (!resident || resident.erased_at || (siteId !== null && resident.site_id !== siteId))
    throw notFound(`resident ${residentId}`);
  const rows = await db
    .selectFrom('measures')
    .innerJoin('sessions', 'sessions.id', 'measures.session_id')
    .select([
      'measures.instrument_id',
      'measures.timing',
      'measures.answered_at',
      'measures.answers',
    ])
    .where('sessions.resident_id', '=', residentId)
    .where('measures.instrument_id', 'in', [...PERIODIC_INSTRUMENTS])
    .where('measures.timing', 'in', ['baseline', 'follow_up'])
    .execute();
  const records = rows.map((r) => ({
    instrumentId: r.instrument_id,
    timing: r.timing,
    answeredAt: r.answered_at,
    answers: JSON.parse(r.answers) as Answer[],
  }));
  return {
    residentId,
    followUpDays,
    instruments: periodicStatus(records, nowIso, followUpDays),
  };
}
