import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import { DAY, durationSSql, FROM, JOINED, SITE } from './dashboardSql.ts';
import { CONSENTED, and } from './selection.ts';

type Db = Kysely<Schema>;

/**
 * Keeps the dashboard's pre-aggregates (migration 0035) equal to the raw rows. Triggers mark a
 * day dirty whenever a session, a measure or a resident's consent, erasure or site changes; this
 * recomputes exactly those days from the raw rows, in one transaction, and is called before every
 * dashboard read. Writes therefore cost one tiny upsert each, and a read after N changed days costs
 * N days' worth of rows, never the whole table.
 */

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);

/** Sorted days as contiguous runs [first, last], so a full rebuild is one range scan. */
export function dayRuns(days: readonly string[]): [string, string][] {
  const runs: [string, string][] = [];
  for (const d of [...days].sort()) {
    const last = runs[runs.length - 1];
    if (last && nextDay(last[1]) === d) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

function inDays(runs: readonly [string, string][]): RawBuilder<SqlBool> {
  const parts = runs.map(
    ([a, b]) =>
      sql<SqlBool>`(s.started_at >= ${`${a}T00:00:00.000Z`} and s.started_at < ${`${nextDay(b)}T00:00:00.000Z`})`,
  );
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

const AGG_TABLES = [
  'research_agg_sessions',
  'research_agg_durations',
  'research_agg_changes',
  'research_agg_sickness',
  'research_agg_excluded',
] as const;

async function recompute(tx: Db, dialect: Dialect, days: readonly string[]): Promise<void> {
  for (const t of AGG_TABLES) await tx.deleteFrom(t).where('day', 'in', days).execute();
  const where = and([JOINED, CONSENTED, inDays(dayRuns(days))]);
  await sql`insert into research_agg_sessions (day, site_id, scene, pattern, end_reason, n, ended)
    select ${DAY}, ${SITE}, s.scene, s.pattern, coalesce(s.end_reason, 'not_ended'), count(*),
      sum(case when s.ended_at is not null then 1 else 0 end)
    ${FROM} where ${where}
    group by ${DAY}, ${SITE}, s.scene, s.pattern, coalesce(s.end_reason, 'not_ended')`.execute(tx);
  const dur = durationSSql(dialect);
  await sql`insert into research_agg_durations (day, site_id, scene, pattern, duration_s, n)
    select ${DAY}, ${SITE}, s.scene, s.pattern, ${dur}, count(*)
    ${FROM} where ${where} and s.ended_at is not null
    group by ${DAY}, ${SITE}, s.scene, s.pattern, ${dur}`.execute(tx);
  // Driven from the day's sessions; each session's measures come from the measures_pairing index.
  const mFrom = sql`from sessions s cross join residents r cross join measures m`;
  const mWhere = sql<SqlBool>`${where} and m.session_id = s.id`;
  await sql`insert into research_agg_changes
      (day, site_id, scene, pattern, instrument_id, respondent, n, sum_d, sum_dd, sum_pre, sum_post)
    select day, site, scene, pattern, instrument, respondent, count(*), sum(post - pre),
      sum((post - pre) * (post - pre)), sum(pre), sum(post)
    from (
      select ${DAY} as day, ${SITE} as site, s.scene as scene, s.pattern as pattern,
        m.instrument_id as instrument, m.respondent as respondent,
        avg(case when m.timing = 'pre' then m.score_value end) as pre,
        avg(case when m.timing = 'post' then m.score_value end) as post
      ${mFrom} where ${mWhere} and m.timing in ('pre', 'post')
      group by s.id, m.instrument_id, m.respondent, ${DAY}, ${SITE}, s.scene, s.pattern
    ) x
    where pre is not null and post is not null
    group by day, site, scene, pattern, instrument, respondent`.execute(tx);
  await sql`insert into research_agg_sickness (day, site_id, scene, pattern, respondent, value, n)
    select ${DAY}, ${SITE}, s.scene, s.pattern, m.respondent, m.score_value, count(*)
    ${mFrom} where ${mWhere} and m.instrument_id = 'sickness_check' and m.score_value is not null
    group by ${DAY}, ${SITE}, s.scene, s.pattern, m.respondent, m.score_value`.execute(tx);
  // The same left join as exclusions() in selection.ts; erased residents have no sessions left.
  const consent = sql`coalesce(r.consent, 'none')`;
  await sql`insert into research_agg_excluded
      (day, site_id, scene, pattern, consent, resident_id, n)
    select ${DAY}, ${SITE}, s.scene, s.pattern, ${consent}, r.id, count(*)
    from sessions s left join residents r on r.id = s.resident_id
    where ${inDays(dayRuns(days))}
      and (r.id is null or (r.erased_at is null and r.consent in ('no', 'withdrawn')))
    group by ${DAY}, ${SITE}, s.scene, s.pattern, ${consent}, r.id`.execute(tx);
}

/** Days recomputed per statement batch (each batch is a few range scans). */
const CHUNK = 400;

/** Recomputes every dirty day; returns how many there were. */
export async function refreshAggregates(db: Db, dialect: Dialect): Promise<number> {
  const any = await db.selectFrom('research_dirty_days').select('day').limit(1).execute();
  if (any.length === 0) return 0;
  return db.transaction().execute(async (tx) => {
    // Deleting the marks first: on PostgreSQL a writer still holding a mark's row lock makes this
    // wait for its commit, so the recompute below sees its rows (see migration 0035).
    const days = (await tx.deleteFrom('research_dirty_days').returning('day').execute()).map(
      (r) => r.day,
    );
    for (let i = 0; i < days.length; i += CHUNK) {
      await recompute(tx, dialect, days.slice(i, i + CHUNK));
    }
    return days.length;
  });
}
