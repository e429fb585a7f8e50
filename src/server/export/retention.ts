import type { Kysely } from 'kysely';
import type { Retention } from '../../core/schemas/research.ts';
import type { Schema } from '../db/schema.ts';
import { appendAudit, type AuditActor } from './audit.ts';

type Db = Kysely<Schema>;

/**
 * Retention of raw events (breath phases, captions, pauses …): after the period an admin sets,
 * they are deleted by a scheduled job (retentionTimer.ts). Sessions and measures (the outcomes) stay. Every change of
 * the period and every purge that removed something is audited.
 */

const SETTING = 'retention';
const BATCH = 5000;

export async function getRetention(db: Db): Promise<Retention & { updatedAt: string | null }> {
  const row = await db
    .selectFrom('research_settings')
    .select(['value', 'updated_at'])
    .where('name', '=', SETTING)
    .executeTakeFirst();
  if (!row) return { eventsDays: null, updatedAt: null };
  return { ...(JSON.parse(row.value) as Retention), updatedAt: row.updated_at };
}

export async function setRetention(db: Db, actor: AuditActor, r: Retention): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const before = await getRetention(tx);
    const now = new Date().toISOString();
    const value = JSON.stringify({ eventsDays: r.eventsDays });
    await tx
      .insertInto('research_settings')
      .values({ name: SETTING, value, updated_at: now, updated_by: actor.id })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({ value, updated_at: now, updated_by: actor.id }),
      )
      .execute();
    await appendAudit(tx, actor, 'retention_changed', 'events', {
      from: before.eventsDays,
      to: r.eventsDays,
    });
  });
}

/** Deletes events older than the period, in batches so ingest is never blocked for long. */
export async function purgeExpiredEvents(
  db: Db,
  actor: AuditActor,
  nowMs: number = Date.now(),
): Promise<{ deleted: number; cutoff: string | null }> {
  const { eventsDays } = await getRetention(db);
  if (eventsDays === null) return { deleted: 0, cutoff: null };
  const cutoff = new Date(nowMs - eventsDays * 86_400_000).toISOString();
  let deleted = 0;
  for (;;) {
    const ids = await db
      .selectFrom('events')
      .select('id')
      .where('at', '<', cutoff)
      .limit(BATCH)
      .execute();
    if (ids.length === 0) break;
    const r = await db
      .deleteFrom('events')
      .where(
        'id',
        'in',
        ids.map((x) => x.id),
      )
      .executeTakeFirst();
    deleted += Number(r.numDeletedRows);
    if (ids.length < BATCH) break;
  }
  if (deleted > 0 || actor.kind === 'user') {
    await appendAudit(db, actor, 'retention_purge', 'events', { eventsDays, cutoff, deleted });
  }
  return { deleted, cutoff };
}
