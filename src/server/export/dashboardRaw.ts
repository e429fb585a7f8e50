import { sql, type Kysely, type RawBuilder } from 'kysely';
import { pairedChange } from '../../core/export/stats.ts';
import type { DashboardSummary } from '../../core/export/summary.ts';
import type { ResearchFilter } from '../../core/schemas/research.ts';
import type { Dialect } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import { durationSSql, FROM, JOINED, MEASURES_FROM, MEASURES_JOINED } from './dashboardSql.ts';
import { CONSENTED, and, exclusions, measureFilterSql, sessionFilterSql } from './selection.ts';

type Db = Kysely<Schema>;

/**
 * The dashboard's figures computed straight from the raw rows (sessions, measures, residents).
 * The dashboard itself reads the pre-aggregates (dashboard.ts); this is the reference they are
 * tested against and the baseline the bench compares them with.
 */

const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

async function median(db: Db, dialect: Dialect, where: RawBuilder<unknown>, n: number) {
  if (n === 0) return null;
  const { rows } = await sql<{ d: number }>`
    select ${durationSSql(dialect)} as d ${FROM} where ${where} and s.ended_at is not null
    order by d limit ${n % 2 === 0 ? 2 : 1} offset ${Math.floor((n - 1) / 2)}`.execute(db);
  const vals = rows.map((r) => Number(r.d));
  return vals.length === 0 ? null : Math.round(vals.reduce((a, b) => a + b, 0) / vals.length);
}

export async function rawDashboardSummary(
  db: Db,
  dialect: Dialect,
  f: ResearchFilter,
): Promise<DashboardSummary> {
  const where = and([JOINED, CONSENTED, ...sessionFilterSql(f)]);
  const mJoinedWhere = and([MEASURES_JOINED, CONSENTED, ...sessionFilterSql(f)]);
  // One pass for the counts and the endings: every session has exactly one ending (or none yet).
  const reasons = await sql<{ reason: string; n: unknown; ended: unknown }>`
    select coalesce(s.end_reason, 'not_ended') as reason, count(*) as n,
      sum(case when s.ended_at is not null then 1 else 0 end) as ended
    ${FROM} where ${where} group by coalesce(s.end_reason, 'not_ended') order by n desc, reason`.execute(
    db,
  );
  const run = reasons.rows.reduce((a, r) => a + num(r.n), 0);
  const ended = reasons.rows.reduce((a, r) => a + num(r.ended), 0);
  const completed = num(reasons.rows.find((r) => r.reason === 'completed')?.n);

  const score = sql`m.score_value`;
  const mWhere = measureFilterSql({ ...(f.respondent ? { respondent: f.respondent } : {}) });
  const sick = await sql<{ v: unknown; n: unknown }>`
    select ${score} as v, count(*) as n
    ${MEASURES_FROM}
    where ${mJoinedWhere} and m.instrument_id = 'sickness_check' ${mWhere.length ? sql`and ${and(mWhere)}` : sql``}
      and ${score} is not null
    group by ${score} order by v`.execute(db);

  const allM = measureFilterSql(f);
  const pairs = await sql<{
    instrument: string;
    scene: string;
    n: unknown;
    s: unknown;
    ss: unknown;
    pre: unknown;
    post: unknown;
  }>`
    select instrument, scene, count(*) as n, sum(post - pre) as s,
      sum((post - pre) * (post - pre)) as ss, avg(pre) as pre, avg(post) as post
    from (
      select m.instrument_id as instrument, max(s.scene) as scene,
        avg(case when m.timing = 'pre' then ${score} end) as pre,
        avg(case when m.timing = 'post' then ${score} end) as post
      ${MEASURES_FROM}
      where ${mJoinedWhere} and m.timing in ('pre', 'post') ${allM.length ? sql`and ${and(allM)}` : sql``}
      group by m.session_id, m.instrument_id, m.respondent
    ) x
    where pre is not null and post is not null
    group by instrument, scene order by instrument, scene`.execute(db);

  return {
    sessions: {
      run,
      completed,
      ended,
      medianLengthS: await median(db, dialect, where, ended),
    },
    endReasons: reasons.rows.map((r) => ({ reason: r.reason, count: num(r.n) })),
    sickness: sick.rows.map((r) => ({ value: num(r.v), count: num(r.n) })),
    changes: pairs.rows.map((r) => ({
      instrument: r.instrument,
      scene: r.scene,
      preMean: numOrNull(r.pre),
      postMean: numOrNull(r.post),
      ...pairedChange(num(r.n), num(r.s), num(r.ss)),
    })),
    excluded: await exclusions(db, f),
  };
}
