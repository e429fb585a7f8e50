import { BUILT_IN_INSTRUMENTS } from '../instruments/registry.ts';
import type { InstrumentDefinition } from '../instruments/schema.ts';
import type { Allowed, Column } from './columns.ts';
import { eventColumns } from './eventsTable.ts';
import { answerOptions, MEASURE_COLUMNS } from './measuresTable.ts';
import { SESSION_COLUMNS } from './sessionsTable.ts';

/** The codebook: every exported column of every table, then every instrument item's answers. */

export const CODEBOOK_HEADER = [
  'variable',
  'table',
  'type',
  'label',
  'allowed_values',
  'units',
  'identifier',
] as const;

function allowedText(allowed: readonly Allowed[] | undefined): string {
  return allowed ? allowed.map((a) => `${a.code}=${a.label}`).join('; ') : '';
}

/** Instrument rows: one per item, with its answers as value=code (label). */
function instrumentRows(def: InstrumentDefinition): string[][] {
  return def.items.map((item) => [
    `${def.id}.${item.linkId}`,
    'measures',
    'code',
    `${def.title.en} ${def.version}: ${item.text.en}${item.loinc ? ` (LOINC ${item.loinc})` : ''}`,
    answerOptions(item)
      .map((a) => `${a.value}=${a.code} (${a.label})`)
      .join('; '),
    '',
    'no',
  ]);
}

/** Every exported column (free text too, so the codebook never lags), then every instrument item. */
export function codebookRows(): string[][] {
  const all = { labels: false, freeText: true };
  const rows: string[][] = [];
  for (const [table, cols] of [
    ['sessions', SESSION_COLUMNS],
    ['measures', MEASURE_COLUMNS],
    ['events', eventColumns(all)],
  ] as const) {
    for (const c of cols as readonly Column<unknown>[]) {
      rows.push([
        c.name,
        table,
        c.type,
        c.label,
        allowedText(c.allowed),
        c.units ?? '',
        c.identifier,
      ]);
    }
  }
  for (const def of BUILT_IN_INSTRUMENTS) rows.push(...instrumentRows(def));
  return rows;
}
