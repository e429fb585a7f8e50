import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ResearchFilter } from '../../core/schemas/research.ts';
import type { Schema } from '../db/schema.ts';

type Db = Kysely<Schema>;

/**
 * Which sessions research may see, in SQL over `sessions s LEFT JOIN residents r`: only those of
 * a resident who consented (`yes`) and was not erased, narrowed by the researcher's filters.
 * The dashboard and every export share this, so they can never disagree about who is in.
 */

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();

/** The filters on sessions alone (dates are whole UTC days, `to` inclusive). */
export function sessionFilterSql(f: ResearchFilter): RawBuilder<SqlBool>[] {
  const c: RawBuilder<SqlBool>[] = [];
  if (f.from) c.push(sql<SqlBool>`s.started_at >= ${`${f.from}T00:00:00.000Z`}`);
  if (f.to) c.push(sql<SqlBool>`s.started_at < ${nextDay(f.to)}`);
  if (f.site) c.push(sql<SqlBool>`coalesce(s.site_id, r.site_id) = ${f.site}`);
  if (f.scene) c.push(sql<SqlBool>`s.scene = ${f.scene}`);
  if (f.pattern) c.push(sql<SqlBool>`s.pattern = ${f.pattern}`);
  return c;
}

export const CONSENTED = sql<SqlBool>`r.id is not null and r.consent = 'yes' and r.erased_at is null`;

export function and(conds: readonly RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  return conds.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(conds, sql` and `)})`;
}

/** Conditions on measures m (instrument and respondent filters). */
export function measureFilterSql(f: ResearchFilter): RawBuilder<SqlBool>[] {
  const c: RawBuilder<SqlBool>[] = [];
  if (f.instrument) c.push(sql<SqlBool>`m.instrument_id = ${f.instrument}`);
  if (f.respondent) c.push(sql<SqlBool>`m.respondent = ${f.respondent}`);
  return c;
}

export interface Exclusions {
  consentNo: number;
  consentWithdrawn: number;
  erased: number;
  sessionsWithoutResident: number;
}

/**
 * Who the filters would have reached but consent keeps out: residents (not sessions) with consent
 * "no" or "withdrawn" among the filtered sessions, erased residents (their sessions are gone, so
 * counted per site), and sessions with no resident at all.
 */
export async function exclusions(db: Db, f: ResearchFilter): Promise<Exclusions> {
  const where = and(sessionFilterSql(f));
  const r1 = await sql<{
    no: number | string;
    withdrawn: number | string;
    orphans: number | string;
  }>`
    select
      count(distinct case when r.erased_at is null and r.consent = 'no' then r.id end) as no,
      count(distinct case when r.erased_at is null and r.consent = 'withdrawn' then r.id end) as withdrawn,
      coalesce(sum(case when r.id is null then 1 else 0 end), 0) as orphans
    from sessions s left join residents r on r.id = s.resident_id
    where ${where}`.execute(db);
  let erasedQ = db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('erased_at', 'is not', null);
  if (f.site) erasedQ = erasedQ.where('site_id', '=', f.site);
  const erased = await erasedQ.executeTakeFirstOrThrow();
  const row = r1.rows[0]!;
  return {
    consentNo: Number(row.no),
    consentWithdrawn: Number(row.withdrawn),
    erased: Number(erased.n),
    sessionsWithoutResident: Number(row.orphans),
  };
}
