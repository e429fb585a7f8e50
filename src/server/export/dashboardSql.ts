import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from '../db/database.ts';

/** SQL pieces shared by the raw dashboard query and the refresh of its pre-aggregates. */

/**
 * A session's length in whole seconds, rounded half up from whole milliseconds: the same number
 * as the export's `duration_s` column (Math.round of the milliseconds / 1000).
 */
export function durationSSql(dialect: Dialect): RawBuilder<number> {
  const ms =
    dialect === 'postgres'
      ? sql`round(extract(epoch from (s.ended_at::timestamptz - s.started_at::timestamptz)) * 1000)`
      : sql`cast(round((julianday(s.ended_at) - julianday(s.started_at)) * 86400000.0) as integer)`;
  return sql<number>`cast(floor((${ms} + 500) / 1000.0) as integer)`;
}

/** The UTC day a session started on (started_at is always stored as toISOString()). */
export const DAY = sql<string>`substr(s.started_at, 1, 10)`;
export const SITE = sql<string>`coalesce(s.site_id, r.site_id)`;

/**
 * Consented sessions only, so an inner join; written as CROSS JOIN because SQLite then keeps the
 * tables in the order written (PostgreSQL plans it as any inner join). Each query is driven from
 * the table whose index answers it, instead of scanning residents first.
 */
export const FROM = sql`from sessions s cross join residents r`;
export const JOINED = sql<SqlBool>`r.id = s.resident_id`;
export const MEASURES_FROM = sql`from measures m cross join sessions s cross join residents r`;
export const MEASURES_JOINED = sql<SqlBool>`s.id = m.session_id and r.id = s.resident_id`;
