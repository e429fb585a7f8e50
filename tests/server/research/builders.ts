import { findInstrument } from '../../../src/core/instruments/registry.ts';
import type { Measure } from '../../../src/core/schemas/measures.ts';
import type { ExportQuery } from '../../../src/core/schemas/research.ts';
import type { Database } from '../../../src/server/db/database.ts';
import type { AuditActor } from '../../../src/server/export/audit.ts';
import { prepareExport } from '../../../src/server/export/exportRun.ts';

/**
 * The small builders research tests and both datasets (dataset.ts, synthetic.ts) share: ids,
 * single-item measures, an export's whole text. A describe block's database comes from
 * researchFixture (fixture.ts).
 */

/** A v4-shaped UUID from an 8-hex-digit prefix and a number, so fixtures read as what they are. */
export const testUuid = (prefix: string, n: number): string =>
  `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A measure with one answered item (the first item of the instrument unless `linkId` is given). */
export function singleItemMeasure(m: {
  id: string;
  sessionId: string;
  instrumentId: string;
  timing: Measure['timing'];
  value: number;
  answeredAt: string;
  respondent?: Measure['respondent'];
  linkId?: string;
}): Measure {
  const def = findInstrument(m.instrumentId)!;
  return {
    id: m.id,
    sessionId: m.sessionId,
    instrumentId: def.id,
    instrumentVersion: def.version,
    timing: m.timing,
    respondent: m.respondent ?? 'self',
    answers: [{ linkId: m.linkId ?? def.items[0]!.linkId, value: m.value }],
    answeredAt: m.answeredAt,
  };
}

/** Runs an export to the end and returns it with its whole text. */
export async function exportText(
  database: Database,
  actor: AuditActor,
  q: Partial<ExportQuery> & Pick<ExportQuery, 'format'>,
  opts: Parameters<typeof prepareExport>[3] = {},
) {
  const ex = await prepareExport(database, actor, q as ExportQuery, opts);
  const parts: Buffer[] = [];
  for await (const b of ex.body) parts.push(b);
  return { ex, text: Buffer.concat(parts).toString('utf8') };
}
