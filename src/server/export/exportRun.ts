import { createHash, randomUUID } from 'node:crypto';
import type { ExportMeta } from '../../core/export/rows.ts';
import {
  emptyCounts,
  exportFileName,
  writeExport,
  type ExportRequest,
  type RowCounts,
} from '../../core/export/writer.ts';
import { filterOf, type ExportQuery } from '../../core/schemas/research.ts';
import type { Database } from '../db/database.ts';
import { appendAudit, type AuditActor } from './audit.ts';
import { exportSource } from './exportSource.ts';
import { pseudonymiser } from './pseudonym.ts';
import { exclusions } from './selection.ts';
import { keyForExport } from './studyKeys.ts';

/** Base of the canonical URLs in FHIR exports (Questionnaire.url, extensions, code systems). */
export const FHIR_BASE = (process.env.HAFAN_FHIR_BASE ?? 'https://fhir.hafan.example').replace(
  /\/+$/,
  '',
);

export interface PreparedExport {
  exportId: string;
  fileName: string;
  contentType: string;
  meta: ExportMeta;
  /** The file as it is produced; hashing, counting and the audit row happen on the way. */
  body: AsyncGenerator<Buffer>;
}

function requestOf(q: ExportQuery): ExportRequest {
  const common = { labels: q.labels ?? false, freeText: q.freeText ?? false };
  return q.format === 'csv'
    ? { format: 'csv', table: q.table!, bom: q.bom ?? false, ...common }
    : { format: q.format, ...common };
}

/**
 * Prepares one export: checks the study key and counts exclusions before the first byte (so a
 * refusal is a clean 4xx), then streams. When the stream ends (completed, failed or the client
 * went away) exactly one audit row records who, when, filters, row counts, bytes and SHA-256.
 */
export async function prepareExport(
  { db }: Database,
  actor: AuditActor,
  q: ExportQuery & { study?: string | undefined },
  opts: { sessionPage?: number; eventPage?: number; now?: () => Date; exportId?: string } = {},
): Promise<PreparedExport> {
  const key = await keyForExport(db, q.study);
  const filter = filterOf(q);
  const req = requestOf(q);
  const exportId = opts.exportId ?? randomUUID();
  const generatedAt = (opts.now?.() ?? new Date()).toISOString();
  const meta: ExportMeta = {
    generatedAt,
    study: { id: key.info.id, label: key.info.label },
    filters: filter as Record<string, string>,
    options: { labels: req.labels, shiftDates: q.shiftDates ?? false, freeText: req.freeText },
    excluded: await exclusions(db, filter),
  };
  const source = exportSource(db, {
    filter,
    pseudonyms: pseudonymiser(key.secretHex),
    shiftDates: q.shiftDates ?? false,
    meta,
    exportId,
    ...(opts.sessionPage ? { sessionPage: opts.sessionPage } : {}),
    ...(opts.eventPage ? { eventPage: opts.eventPage } : {}),
  });
  const counts: RowCounts = emptyCounts();

  async function* body(): AsyncGenerator<Buffer> {
    const hash = createHash('sha256');
    let bytes = 0;
    let status: 'completed' | 'failed' | 'aborted' = 'aborted';
    try {
      for await (const chunk of writeExport(req, source, { base: FHIR_BASE }, counts)) {
        const buf = Buffer.from(chunk, 'utf8');
        hash.update(buf);
        bytes += buf.length;
        yield buf;
      }
      status = 'completed';
    } catch (err) {
      status = 'failed';
      throw err;
    } finally {
      await appendAudit(db, actor, 'export', key.info.id, {
        exportId,
        status,
        format: req.format,
        ...(req.format === 'csv' ? { table: req.table, bom: req.bom } : {}),
        options: meta.options,
        filters: meta.filters,
        study: meta.study,
        rows: counts,
        excluded: meta.excluded,
        bytes,
        sha256: status === 'completed' ? hash.digest('hex') : null,
      });
    }
  }

  return {
    exportId,
    fileName: exportFileName(req, generatedAt.slice(0, 10)),
    contentType:
      req.format === 'csv'
        ? 'text/csv; charset=utf-8; header=present'
        : req.format === 'fhir'
          ? 'application/fhir+json; charset=utf-8'
          : 'application/json; charset=utf-8',
    meta,
    body: body(),
  };
}
