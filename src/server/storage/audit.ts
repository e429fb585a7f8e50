import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Principal } from '../auth/principal.ts';
import type { Schema } from '../db/schema.ts';

type Db = Kysely<Schema>;

/** Who did it: a principal (or the parts of one that name the actor), the system, or nobody. */
export type AuditActor =
  | Principal
  | { kind: 'user'; userId: string }
  | { kind: 'headset'; headsetId: string }
  | { kind: 'system' }
  | null;

export interface AuditEntry {
  actor: AuditActor;
  action: string;
  subject?: string | null;
  details?: Record<string, unknown>;
}

function actorOf(actor: AuditEntry['actor']): { kind: string; id: string | null } {
  if (!actor) return { kind: 'anonymous', id: null };
  if (actor.kind === 'user') return { kind: 'user', id: actor.userId };
  if (actor.kind === 'headset') return { kind: 'headset', id: actor.headsetId };
  if (actor.kind === 'guest') return { kind: 'guest', id: actor.guestId };
  return { kind: 'system', id: null };
}

/** Appends one row to the audit log (the database refuses to change or delete rows). */
export async function audit(db: Db, entry: AuditEntry, nowMs = Date.now()): Promise<void> {
  const a = actorOf(entry.actor);
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: new Date(nowMs).toISOString(),
      actor_kind: a.kind,
      actor_id: a.id,
      action: entry.action,
      subject: entry.subject ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export interface AuditRow {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  action: string;
  subject: string | null;
  details: Record<string, unknown>;
}

export async function listAudit(
  db: Db,
  opts: { limit: number; action?: string | undefined; subject?: string | undefined },
): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (opts.action) q = q.where('action', '=', opts.action);
  if (opts.subject) q = q.where('subject', '=', opts.subject);
  const rows = await q.orderBy('at', 'desc').orderBy('id').limit(opts.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actorKind: r.actor_kind,
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
