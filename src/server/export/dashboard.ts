import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { pairedChange } from '../../core/export/stats.ts';
import type { DashboardSummary } from '../../core/export/summary.ts';
import type { ResearchFilter } from '../../core/schemas/research.ts';
import type { Dialect } from '../db/database.ts';
import type { Schema } from '../db/schema.ts';
import { refreshAggregates } from './aggregates.ts';
import { and, type Exclusions } from './selection.ts';

type Db = Kysely<Schema>;

/**
 * The dashboard's figures, read from the pre-aggregates (one row per day, site, scene and pattern,
 * see aggregates.ts) after recomputing any day that changed: counts, the median length, how
 * sessions ended, sickness reports, and the paired pre→post change per instrument and scene with
 * its 95% confidence interval. Equal to rawDashboardSummary (dashboardRaw.ts) by test.
 */

const num = (v: unknown): number => Number(v ?? 0);

/** The session filters on a cell row `a` (dates are whole UTC days, `to` inclusive). */
function cellFilterSql(f: ResearchFilter): RawBuilder<SqlBool>[] {
  const c: RawBuilder<SqlBool>[] = [];
  if (f.from) c.push(sql<SqlBool>`a.day >= ${f.from}`);
  if (f.to) c.push(sql<SqlBool>`a.day <= ${f.to}`);
  if (f.site) c.push(sql<SqlBool>`a.site_id = ${f.site}`);
  if (f.scene) c.push(sql<SqlBool>`a.scene = ${f.scene}`);
  if (f.pattern) c.push(sql<SqlBool>`a.pattern = ${f.pattern}`);
  return c;
}

/** The median of a histogram of whole seconds (the mean of the two middle values if even). */
export function histogramMedian(bins: readonly { d: number; n: number }[]): number | null {
  const total = bins.reduce((a, b) => a + b.n, 0);
  if (total === 0) return null;
  const valueAt = (k: number): number => {
    let seen = 0;
    for (const b of bins) {
      seen += b.n;
      if (k < seen) return b.d;
    }
    return bins[bins.length - 1]!.d;
  };
  const mid = Math.floor((total - 1) / 2);
  return total % 2 === 1 ? valueAt(mid) : Math.round((valueAt(mid) + valueAt(mid + 1)) / 2);
}

export async function dashboardSummary(
  db: Db,
  dialect: Dialect,
  f: ResearchFilter,
): Promise<DashboardSummary> {
  await refreshAggregates(db, dialect);
  const cells = cellFilterSql(f);
  const where = and(cells);
  const reasons = await sql<{ reason: string; n: unknown; ended: unknown }>`
    select a.end_reason as reason, sum(a.n) as n, sum(a.ended) as ended
    from research_agg_sessions a where ${where}
    group by a.end_reason order by sum(a.n) desc, a.end_reason`.execute(db);
  const run = reasons.rows.reduce((acc, r) => acc + num(r.n), 0);
  const ended = reasons.rows.reduce((acc, r) => acc + num(r.ended), 0);
  const completed = num(reasons.rows.find((r) => r.reason === 'completed')?.n);

  const bins = await sql<{ d: unknown; n: unknown }>`
    select a.duration_s as d, sum(a.n) as n from research_agg_durations a where ${where}
    group by a.duration_s order by a.duration_s`.execute(db);

  const respondent = f.respondent ? [sql<SqlBool>`a.respondent = ${f.respondent}`] : [];
  const sick = await sql<{ v: unknown; n: unknown }>`
    select a.value as v, sum(a.n) as n from research_agg_sickness a
    where ${and([...cells, ...respondent])} group by a.value order by a.value`.execute(db);

  const instrument = f.instrument ? [sql<SqlBool>`a.instrument_id = ${f.instrument}`] : [];
  const pairs = await sql<{
    instrument: string;
    scene: string;
    n: unknown;
    s: unknown;
    ss: unknown;
    pre: unknown;
    post: unknown;
  }>`
    select a.instrument_id as instrument, a.scene as scene, sum(a.n) as n, sum(a.sum_d) as s,
      sum(a.sum_dd) as ss, sum(a.sum_pre) as pre, sum(a.sum_post) as post
    from research_agg_changes a where ${and([...cells, ...respondent, ...instrument])}
    group by a.instrument_id, a.scene order by a.instrument_id, a.scene`.execute(db);

  return {
    sessions: {
      run,
      completed,
      ended,
      medianLengthS: histogramMedian(bins.rows.map((b) => ({ d: num(b.d), n: num(b.n) }))),
    },
    endReasons: reasons.rows.map((r) => ({ reason: r.reason, count: num(r.n) })),
    sickness: sick.rows.map((r) => ({ value: num(r.v), count: num(r.n) })),
    changes: pairs.rows.map((r) => ({
      instrument: r.instrument,
      scene: r.scene,
      preMean: num(r.pre) / num(r.n),
      postMean: num(r.post) / num(r.n),
      ...pairedChange(num(r.n), num(r.s), num(r.ss)),
    })),
    excluded: await excludedCounts(db, f, where),
  };
}

/** As exclusions() in selection.ts, from the aggregates (residents counted once across days). */
async function excludedCounts(db: Db, f: ResearchFilter, where: RawBuilder<SqlBool>) {
  const r = await sql<{ no: unknown; withdrawn: unknown; orphans: unknown }>`
    select
      count(distinct case when a.consent = 'no' then a.resident_id end) as no,
      count(distinct case when a.consent = 'withdrawn' then a.resident_id end) as withdrawn,
      coalesce(sum(case when a.consent = 'none' then a.n else 0 end), 0) as orphans
    from research_agg_excluded a where ${where}`.execute(db);
  let erasedQ = db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('erased_at', 'is not', null);
  if (f.site) erasedQ = erasedQ.where('site_id', '=', f.site);
  const erased = await erasedQ.executeTakeFirstOrThrow();
  const row = r.rows[0]!;
  const out: Exclusions = {
    consentNo: num(row.no),
    consentWithdrawn: num(row.withdrawn),
    erased: num(erased.n),
    sessionsWithoutResident: num(row.orphans),
  };
  return out;
}

/**
 * The distinct values of an indexed sessions column, in order, by a loose index scan: each step
 * asks the index for the smallest value above the last one, so the cost grows with the number of
 * distinct values (a handful of scenes), not of sessions.
 */
async function distinctSessionValues(db: Db, column: 'scene' | 'pattern'): Promise<string[]> {
  const c = sql.ref(column);
  const { rows } = await sql<{ v: string | null }>`
    with recursive walk(v) as (
      select min(${c}) from sessions
      union all
      select (select min(${c}) from sessions where ${c} > walk.v) from walk where walk.v is not null
    )
    select v from walk where v is not null order by v`.execute(db);
  return rows.map((r) => r.v!);
}

/** What the filters can be set to: sites, scenes and patterns that have sessions. */
export async function filterOptions(db: Db) {
  const sites = await db.selectFrom('sites').select(['id', 'name']).orderBy('name').execute();
  return {
    sites,
    scenes: await distinctSessionValues(db, 'scene'),
    patterns: await distinctSessionValues(db, 'pattern'),
  };
}
