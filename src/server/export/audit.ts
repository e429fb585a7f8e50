import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

type Db = Kysely<Schema>;

export interface AuditActor {
  kind: 'user' | 'headset' | 'system';
  id: string | null;
}

/** Appends one row to the audit log (the database refuses to change or delete it later). */
export async function appendAudit(
  db: Db,
  actor: AuditActor,
  action: string,
  subject: string | null,
  details: Record<string, unknown>,
  id: string = randomUUID(),
): Promise<string> {
  await db
    .insertInto('audit_log')
    .values({
      id,
      at: new Date().toISOString(),
      actor_kind: actor.kind,
      actor_id: actor.id,
      action,
      subject,
      details: JSON.stringify(details),
    })
    .execute();
  return id;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

/** Newest first, with the actor's username where the actor is a staff account. */
export async function listAudit(
  db: Db,
  opts: { limit: number; before?: string | undefined; action?: string | undefined },
): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('staff_users as u', 'u.id', 'a.actor_id')
    .select([
      'a.id',
      'a.at',
      'a.actor_kind',
      'a.actor_id',
      'u.username',
      'a.action',
      'a.subject',
      'a.details',
    ])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(opts.limit);
  if (opts.before) q = q.where('a.at', '<', opts.before);
  if (opts.action) q = q.where('a.action', '=', opts.action);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    actorName: r.username ?? null,
    action: r.action,
    subject: r.subject,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
