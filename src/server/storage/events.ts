import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { MAX_FUTURE_SKEW_MS, canonicalJson, type SessionEvent } from '../../core/schemas/events.ts';
import type { Schema } from '../db/schema.ts';
import { conflict, invalid, unknownSession } from './errors.ts';

type Db = Kysely<Schema>;

export interface IngestResult {
  /** Every id in the batch: all are now stored exactly once, so the client may forget them. */
  accepted: string[];
  stored: number;
  duplicates: number;
}

export function payloadHash(event: SessionEvent): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex');
}

/**
 * Stores a batch of events all-or-nothing. Idempotent by id: an id already stored with the same
 * payload is a no-op; the same id with a different payload refuses the whole batch (409).
 */
export async function ingestEvents(
  db: Db,
  events: readonly SessionEvent[],
  nowMs: number,
): Promise<IngestResult> {
  const latest = nowMs + MAX_FUTURE_SKEW_MS;
  const byId = new Map<string, { event: SessionEvent; hash: string }>();
  for (const event of events) {
    if (Date.parse(event.at) > latest) {
      throw invalid(`event ${event.id} is dated in the future (${event.at})`);
    }
    const hash = payloadHash(event);
    const seen = byId.get(event.id);
    if (seen && seen.hash !== hash)
      throw conflict(`event ${event.id} appears twice with different data`);
    byId.set(event.id, { event, hash });
  }
  const ids = [...byId.keys()];
  const sessionIds = [...new Set(events.map((e) => e.sessionId))];
  const receivedAt = new Date(nowMs).toISOString();

  return db.transaction().execute(async (tx) => {
    const known = await tx
      .selectFrom('sessions')
      .select('id')
      .where('id', 'in', sessionIds)
      .execute();
    const knownIds = new Set(known.map((r) => r.id));
    const missing = sessionIds.find((id) => !knownIds.has(id));
    if (missing) throw unknownSession(missing);

    const existing = await tx
      .selectFrom('events')
      .select(['id', 'payload_hash'])
      .where('id', 'in', ids)
      .execute();
    for (const row of existing) {
      if (row.payload_hash !== byId.get(row.id)?.hash) {
        throw conflict(`event ${row.id} is already stored with different data`);
      }
    }
    const stored = new Set(existing.map((r) => r.id));
    const fresh = [...byId.values()].filter(({ event }) => !stored.has(event.id));
    if (fresh.length > 0) {
      await tx
        .insertInto('events')
        .values(
          fresh.map(({ event, hash }) => ({
            id: event.id,
            session_id: event.sessionId,
            type: event.type,
            t_ms: event.tMs,
            at: new Date(event.at).toISOString(),
            data: JSON.stringify(event.data),
            payload_hash: hash,
            received_at: receivedAt,
          })),
        )
        .execute();
    }
    return { accepted: ids, stored: fresh.length, duplicates: ids.length - fresh.length };
  });
}

export async function listEvents(db: Db, sessionId: string): Promise<SessionEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('t_ms')
    // Events at the same session time keep the order the headset recorded them in.
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(
    (r) =>
      ({
        id: r.id,
        sessionId: r.session_id,
        type: r.type,
        tMs: r.t_ms,
        at: r.at,
        data: JSON.parse(r.data) as unknown,
      }) as SessionEvent,
  );
}
