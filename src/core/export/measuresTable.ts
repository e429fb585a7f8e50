import { BUILT_IN_INSTRUMENTS, findInstrument } from '../instruments/registry.ts';
import type { InstrumentItem } from '../instruments/schema.ts';
import {
  codedColumn,
  pseudonymColumn,
  recordColumn,
  valueColumn,
  type Allowed,
  type Column,
  type WriteOptions,
} from './columns.ts';
import type { CsvValue } from './csv.ts';
import type { ExportMeasure } from './rows.ts';

/** The measures table: one row per item of each answered measure. */

const TIMINGS: readonly Allowed[] = [
  { code: 'pre', label: 'Before the session' },
  { code: 'post', label: 'After the session' },
  { code: 'baseline', label: 'Baseline (periodic)' },
  { code: 'follow_up', label: 'Follow-up (periodic)' },
];
const RESPONDENTS: readonly Allowed[] = [
  { code: 'self', label: 'Resident' },
  { code: 'staff', label: 'Care staff on the resident’s behalf' },
];
const ANSWER_STATUS: readonly Allowed[] = [
  { code: 'answered', label: 'Answered' },
  { code: 'declined', label: 'Preferred not to say' },
  { code: 'timed_out', label: 'No answer in time' },
];
const INSTRUMENTS: readonly Allowed[] = BUILT_IN_INSTRUMENTS.map((d) => ({
  code: d.id,
  label: d.title.en,
}));

/** One measure expands to one row per item of its instrument, answered or not. */
export interface MeasureItemRow {
  m: ExportMeasure;
  item: InstrumentItem | null;
  linkId: string;
  value: number | null;
  status: 'answered' | 'declined' | 'timed_out';
}

export function measureItemRows(m: ExportMeasure): MeasureItemRow[] {
  const def = findInstrument(m.instrumentId, m.instrumentVersion);
  return m.answers.map((a) => ({
    m,
    item: def?.items.find((i) => i.linkId === a.linkId) ?? null,
    linkId: a.linkId,
    value: 'value' in a ? a.value : null,
    status: 'value' in a ? 'answered' : 'declined' in a ? 'declined' : 'timed_out',
  }));
}

/** An item's answers as (ordinal value, code, label): scales have one per whole number. */
export function answerOptions(
  item: InstrumentItem,
): { value: number; code: string; label: string }[] {
  const r = item.response;
  if (r.kind === 'choice')
    return r.options.map((o) => ({ value: o.value, code: o.code, label: o.label.en }));
  const out = [];
  for (let v = r.min; v <= r.max; v++) {
    const end = v === r.min ? ` (${r.minLabel.en})` : v === r.max ? ` (${r.maxLabel.en})` : '';
    out.push({ value: v, code: String(v), label: `${v}${end}` });
  }
  return out;
}

function answerCode(r: MeasureItemRow, o: WriteOptions): CsvValue {
  if (r.value === null) return null;
  const opt = r.item ? answerOptions(r.item).find((x) => x.value === r.value) : undefined;
  if (!opt) return String(r.value);
  return o.labels ? opt.label : opt.code;
}

export const MEASURE_COLUMNS: readonly Column<MeasureItemRow>[] = [
  recordColumn(
    'measure_id',
    'Measure response (random id; the FHIR QuestionnaireResponse identifier)',
    (r) => r.m.measureId,
  ),
  recordColumn('session_id', 'Session the measure belongs to', (r) => r.m.sessionId),
  pseudonymColumn('participant_id', 'Resident pseudonym (keyed hash)', (r) => r.m.participant),
  valueColumn('scene', 'code', 'Scene of the session', (r) => r.m.scene),
  codedColumn('instrument', 'Instrument', INSTRUMENTS, (r) => r.m.instrumentId),
  valueColumn(
    'instrument_version',
    'string',
    'Instrument definition version (semver)',
    (r) => r.m.instrumentVersion,
  ),
  codedColumn('timing', 'When it was asked', TIMINGS, (r) => r.m.timing),
  codedColumn('respondent', 'Who answered', RESPONDENTS, (r) => r.m.respondent),
  valueColumn(
    'answered_at',
    'datetime',
    'When it was answered (UTC; shifted with the resident’s dates)',
    (r) => r.m.answeredAt,
  ),
  valueColumn(
    'item',
    'code',
    'Item (linkId in the instrument; see the instrument rows of this codebook)',
    (r) => r.linkId,
  ),
  codedColumn('answer_status', 'Whether the item was answered', ANSWER_STATUS, (r) => r.status),
  valueColumn(
    'answer_value',
    'number',
    'Answer as its ordinal value (see the instrument rows)',
    (r) => r.value,
  ),
  valueColumn(
    'answer_code',
    'code',
    'Answer as a code, or its label when labels are chosen (see the instrument rows)',
    answerCode,
  ),
  valueColumn(
    'measure_score',
    'number',
    'Instrument score by its published rule; empty when incomplete or scored per item',
    (r) => r.m.score.score,
  ),
  valueColumn(
    'measure_complete',
    'boolean',
    'Every item of the measure was answered',
    (r) => r.m.score.complete,
  ),
];
