import { sql, type Kysely } from 'kysely';
import type { MeasureScore } from '../../core/instruments/scoring.ts';
import type {
  ExportEvent,
  ExportMeasure,
  ExportMeta,
  ExportSession,
} from '../../core/export/rows.ts';
import type { ExportSource } from '../../core/export/writer.ts';
import type { Measure } from '../../core/schemas/measures.ts';
import type { ResearchFilter } from '../../core/schemas/research.ts';
import type { Schema } from '../db/schema.ts';
import { questionnaireUuid, shiftIso, type Pseudonymiser } from './pseudonym.ts';
import { CONSENTED, and, measureFilterSql, sessionFilterSql } from './selection.ts';

type Db = Kysely<Schema>;

/**
 * Rows for an export, read page by page with keyset pagination (never OFFSET, never the whole
 * table at once), pseudonymised as they are read. Resident ids, codes and labels and site names
 * are used only inside the HMAC and never leave this module.
 */

export interface SourceOptions {
  filter: ResearchFilter;
  pseudonyms: Pseudonymiser;
  shiftDates: boolean;
  meta: ExportMeta;
  exportId: string;
  /** Sessions per page (events and measures are read for one page of sessions at a time). */
  sessionPage?: number;
  /** Events per query within a page of sessions. */
  eventPage?: number;
}

interface SessionRow {
  id: string;
  resident_id: string;
  site: string | null;
  scene: string;
  pattern: string;
  length_min: number;
  language: string;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
}

interface Page {
  rows: SessionRow[];
  exported: ExportSession[];
  shift: Map<string, { participant: string; days: number; scene: string }>;
}

export function exportSource(db: Db, o: SourceOptions): ExportSource {
  const sessionPage = o.sessionPage ?? 200;
  const eventPage = o.eventPage ?? 5000;
  const where = and([CONSENTED, ...sessionFilterSql(o.filter)]);

  async function* sessionPages(): AsyncGenerator<Page> {
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const keyset: ReturnType<typeof sql> = after
        ? sql`and (s.started_at > ${after.at} or (s.started_at = ${after.at} and s.id > ${after.id}))`
        : sql``;
      const { rows }: { rows: SessionRow[] } = await sql<SessionRow>`
        select s.id, s.resident_id, coalesce(s.site_id, r.site_id) as site, s.scene, s.pattern,
          s.length_min, s.language, s.started_at, s.ended_at, s.end_reason
        from sessions s left join residents r on r.id = s.resident_id
        where ${where} ${keyset}
        order by s.started_at, s.id
        limit ${sessionPage}`.execute(db);
      if (rows.length === 0) return;
      const shift = new Map<string, { participant: string; days: number; scene: string }>();
      const exported = rows.map((r): ExportSession => {
        const participant = o.pseudonyms.participant(r.resident_id);
        const days = o.shiftDates ? o.pseudonyms.shiftDays(r.resident_id) : 0;
        shift.set(r.id, { participant, days, scene: r.scene });
        return {
          sessionId: r.id,
          participant,
          site: r.site === null ? null : o.pseudonyms.site(r.site),
          scene: r.scene,
          pattern: r.pattern,
          lengthMin: Number(r.length_min),
          language: r.language,
          startedAt: shiftIso(r.started_at, days),
          endedAt: r.ended_at === null ? null : shiftIso(r.ended_at, days),
          endReason: r.end_reason,
        };
      });
      yield { rows, exported, shift };
      const last = rows[rows.length - 1]!;
      after = { at: last.started_at, id: last.id };
      if (rows.length < sessionPage) return;
    }
  }

  const mWhere = measureFilterSql(o.filter);

  async function* measurePages(): AsyncGenerator<ExportMeasure[]> {
    for await (const page of sessionPages()) {
      const ids = page.rows.map((r) => r.id);
      let q = db
        .selectFrom('measures as m')
        .selectAll()
        .where('m.session_id', 'in', ids)
        .orderBy('m.answered_at')
        .orderBy('m.id');
      if (mWhere.length) q = q.where(and(mWhere));
      const rows = await q.execute();
      const order = new Map(ids.map((id, i) => [id, i]));
      rows.sort((a, b) => order.get(a.session_id)! - order.get(b.session_id)!);
      yield rows.map((m) => {
        const s = page.shift.get(m.session_id)!;
        return {
          measureId: m.id,
          sessionId: m.session_id,
          participant: s.participant,
          scene: s.scene,
          instrumentId: m.instrument_id,
          instrumentVersion: m.instrument_version,
          timing: m.timing,
          respondent: m.respondent,
          answeredAt: shiftIso(m.answered_at, s.days),
          answers: JSON.parse(m.answers) as Measure['answers'],
          score: JSON.parse(m.score) as MeasureScore,
        };
      });
    }
  }

  async function* eventPages(): AsyncGenerator<ExportEvent[]> {
    for await (const page of sessionPages()) {
      const ids = page.rows.map((r) => r.id);
      let after: { s: string; t: number; id: string } | null = null;
      for (;;) {
        let q = db
          .selectFrom('events as e')
          .select(['e.id', 'e.session_id', 'e.type', 'e.t_ms', 'e.at', 'e.data'])
          .where('e.session_id', 'in', ids)
          .orderBy('e.session_id')
          .orderBy('e.t_ms')
          .orderBy('e.id')
          .limit(eventPage);
        if (after) {
          const a = after;
          q = q.where(sql<boolean>`(e.session_id, e.t_ms, e.id) > (${a.s}, ${a.t}, ${a.id})`);
        }
        const rows = await q.execute();
        if (rows.length === 0) break;
        yield rows.map((e) => {
          const s = page.shift.get(e.session_id)!;
          return {
            eventId: e.id,
            sessionId: e.session_id,
            participant: s.participant,
            type: e.type,
            tMs: Number(e.t_ms),
            at: shiftIso(e.at, s.days),
            data: JSON.parse(e.data) as Record<string, unknown>,
          };
        });
        const last = rows[rows.length - 1]!;
        after = { s: last.session_id, t: Number(last.t_ms), id: last.id };
        if (rows.length < eventPage) break;
      }
    }
  }

  return {
    meta: o.meta,
    exportId: o.exportId,
    sessions: async function* () {
      for await (const p of sessionPages()) yield p.exported;
    },
    measures: measurePages,
    events: eventPages,
    instrumentsUsed: async () => {
      const { rows } = await sql<{ id: string; version: string }>`
        select distinct m.instrument_id as id, m.instrument_version as version
        from measures m join sessions s on s.id = m.session_id
        left join residents r on r.id = s.resident_id
        where ${where} ${mWhere.length ? sql`and ${and(mWhere)}` : sql``}
        order by m.instrument_id, m.instrument_version`.execute(db);
      return rows;
    },
    questionnaireUuid,
  };
}
