import { findInstrument } from '../instruments/registry.ts';
import type { InstrumentDefinition } from '../instruments/schema.ts';
import type { CsvTable } from '../schemas/research.ts';
import { UTF8_BOM, csvRecord, type CsvValue } from './csv.ts';
import {
  BUNDLE_CLOSING,
  bundleEntry,
  bundleOpening,
  questionnaire,
  questionnaireResponse,
  type FhirContext,
} from './fhir.ts';
import type { ExportEvent, ExportMeasure, ExportMeta, ExportSession } from './rows.ts';
import { CODEBOOK_HEADER, codebookRows } from './codebook.ts';
import type { Column, WriteOptions } from './columns.ts';
import { eventColumns } from './eventsTable.ts';
import { MEASURE_COLUMNS, measureItemRows, type MeasureItemRow } from './measuresTable.ts';
import { SESSION_COLUMNS } from './sessionsTable.ts';

/**
 * Writes an export as a stream of text chunks from paged row sources, so memory stays bounded by
 * one page however large the export. The server pipes the chunks to the HTTP reply (hashing them
 * on the way); tests join them and compare with golden files.
 */

export interface ExportSource {
  meta: ExportMeta;
  exportId: string;
  sessions(): AsyncIterable<readonly ExportSession[]>;
  measures(): AsyncIterable<readonly ExportMeasure[]>;
  events(): AsyncIterable<readonly ExportEvent[]>;
  /** Instruments (id and version) that the measures of this export use, in a stable order. */
  instrumentsUsed(): Promise<readonly { id: string; version: string }[]>;
  /** A stable urn:uuid for each Questionnaire (the same instrument version, the same uuid). */
  questionnaireUuid(def: InstrumentDefinition): string;
}

export type ExportRequest =
  | { format: 'csv'; table: CsvTable; bom: boolean; labels: boolean; freeText: boolean }
  | { format: 'json' | 'fhir'; labels: boolean; freeText: boolean };

export interface RowCounts {
  sessions: number;
  measures: number;
  measureItems: number;
  events: number;
  questionnaires: number;
}

export const emptyCounts = (): RowCounts => ({
  sessions: 0,
  measures: 0,
  measureItems: 0,
  events: 0,
  questionnaires: 0,
});

const CHUNK_CHARS = 64 * 1024;

/** Collects small strings into chunks of about 64 KB. */
class Chunker {
  private parts: string[] = [];
  private size = 0;
  add(s: string): boolean {
    this.parts.push(s);
    this.size += s.length;
    return this.size >= CHUNK_CHARS;
  }
  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return out;
  }
}

function rowValues<R>(cols: readonly Column<R>[], row: R, o: WriteOptions): CsvValue[] {
  return cols.map((c) => c.value(row, o));
}

function rowObject<R>(
  cols: readonly Column<R>[],
  row: R,
  o: WriteOptions,
): Record<string, CsvValue> {
  const out: Record<string, CsvValue> = {};
  for (const c of cols) {
    const v = c.value(row, o);
    if (v !== null) out[c.name] = v;
  }
  return out;
}

async function* csvTable<R>(
  cols: readonly Column<R>[],
  pages: AsyncIterable<readonly R[]>,
  o: WriteOptions,
  count: (r: R) => void,
): AsyncGenerator<string> {
  const out = new Chunker();
  out.add(csvRecord(cols.map((c) => c.name)));
  for await (const page of pages) {
    for (const row of page) {
      count(row);
      if (out.add(csvRecord(rowValues(cols, row, o)))) yield out.take();
    }
  }
  yield out.take();
}

async function* measureItems(src: ExportSource, counts: RowCounts) {
  for await (const page of src.measures()) {
    counts.measures += page.length;
    yield page.flatMap(measureItemRows);
  }
}

async function* writeCsv(
  req: Extract<ExportRequest, { format: 'csv' }>,
  src: ExportSource,
  counts: RowCounts,
): AsyncGenerator<string> {
  if (req.bom) yield UTF8_BOM;
  const o: WriteOptions = { labels: req.labels, freeText: req.freeText };
  switch (req.table) {
    case 'sessions':
      yield* csvTable(SESSION_COLUMNS, src.sessions(), o, () => counts.sessions++);
      return;
    case 'measures':
      yield* csvTable(MEASURE_COLUMNS, measureItems(src, counts), o, () => counts.measureItems++);
      return;
    case 'events':
      yield* csvTable(eventColumns(o), src.events(), o, () => counts.events++);
      return;
    case 'codebook':
      yield [CODEBOOK_HEADER, ...codebookRows()].map((r) => csvRecord(r)).join('');
      return;
  }
}

function measureObject(m: ExportMeasure, o: WriteOptions) {
  const items = measureItemRows(m);
  const head: MeasureItemRow = { m, item: null, linkId: '', value: null, status: 'answered' };
  return {
    ...rowObject(MEASURE_LEVEL, head, o),
    score: m.score.score,
    complete: m.score.complete,
    ...(m.score.subscales ? { subscales: m.score.subscales } : {}),
    ...(m.score.category ? { category: m.score.category } : {}),
    answers: items.map((r) => rowObject(ITEM_LEVEL, r, o)),
  };
}

/** In JSON a measure is one object: its own fields, then its answers. */
const MEASURE_LEVEL = MEASURE_COLUMNS.filter((c) =>
  [
    'measure_id',
    'session_id',
    'participant_id',
    'scene',
    'instrument',
    'instrument_version',
    'timing',
    'respondent',
    'answered_at',
  ].includes(c.name),
);
const ITEM_LEVEL = MEASURE_COLUMNS.filter((c) =>
  ['item', 'answer_status', 'answer_value', 'answer_code'].includes(c.name),
);

async function* writeJson(
  req: ExportRequest,
  src: ExportSource,
  counts: RowCounts,
): AsyncGenerator<string> {
  const o: WriteOptions = { labels: req.labels, freeText: req.freeText };
  const out = new Chunker();
  out.add(`{"format":"hafan-research-export","version":1,"meta":${JSON.stringify(src.meta)}`);
  const evCols = eventColumns(o);
  const arrays = [
    [
      'sessions',
      src.sessions(),
      (s: ExportSession) => rowObject(SESSION_COLUMNS, s, o),
      'sessions',
    ],
    ['measures', src.measures(), (m: ExportMeasure) => measureObject(m, o), 'measures'],
    ['events', src.events(), (e: ExportEvent) => rowObject(evCols, e, o), 'events'],
  ] as const;
  for (const [name, pages, toObject, key] of arrays) {
    out.add(`,"${name}":[`);
    let first = true;
    for await (const page of pages as AsyncIterable<readonly unknown[]>) {
      for (const row of page) {
        counts[key]++;
        const text = JSON.stringify((toObject as (r: unknown) => unknown)(row));
        if (out.add(first ? text : `,${text}`)) yield out.take();
        first = false;
      }
    }
    out.add(']');
  }
  out.add('}');
  yield out.take();
}

async function* writeFhir(
  src: ExportSource,
  ctx: FhirContext,
  counts: RowCounts,
): AsyncGenerator<string> {
  const out = new Chunker();
  out.add(bundleOpening(ctx, src.meta, src.exportId));
  let first = true;
  const defs = new Map<string, InstrumentDefinition>();
  for (const { id, version } of await src.instrumentsUsed()) {
    const def = findInstrument(id, version);
    if (!def) continue;
    defs.set(`${id}|${version}`, def);
    out.add(bundleEntry(`urn:uuid:${src.questionnaireUuid(def)}`, questionnaire(ctx, def), first));
    first = false;
    counts.questionnaires++;
  }
  for await (const page of src.measures()) {
    for (const m of page) {
      const def = defs.get(`${m.instrumentId}|${m.instrumentVersion}`);
      if (!def) continue;
      counts.measures++;
      const entry = bundleEntry(
        `urn:uuid:${m.measureId}`,
        questionnaireResponse(ctx, def, m),
        first,
      );
      first = false;
      if (out.add(entry)) yield out.take();
    }
  }
  out.add(BUNDLE_CLOSING);
  yield out.take();
}

export function writeExport(
  req: ExportRequest,
  src: ExportSource,
  ctx: FhirContext,
  counts: RowCounts,
): AsyncGenerator<string> {
  if (req.format === 'csv') return writeCsv(req, src, counts);
  if (req.format === 'json') return writeJson(req, src, counts);
  return writeFhir(src, ctx, counts);
}

export function exportFileName(req: ExportRequest, day: string): string {
  if (req.format === 'csv') return `hafan-${req.table}-${day}.csv`;
  return req.format === 'json' ? `hafan-export-${day}.json` : `hafan-fhir-${day}.json`;
}
