import { BUILT_IN_INSTRUMENTS, findInstrument } from '../instruments/registry.ts';
import type { InstrumentDefinition, InstrumentItem } from '../instruments/schema.ts';
import { EVENT_TYPES } from '../schemas/events.ts';
import type { CsvValue } from './csv.ts';
import type { ExportEvent, ExportMeasure, ExportSession } from './rows.ts';

/**
 * The three tidy tables (one row per session, per answered item, per event) as column
 * definitions. The CSV writer and the codebook are both generated from these, so a column cannot
 * be exported without being described.
 */

export interface WriteOptions {
  /** Categorical values as labels instead of codes. */
  labels: boolean;
  /** Free-text fields (error messages) are written only when asked for. */
  freeText: boolean;
}

export interface Allowed {
  code: string;
  label: string;
}

export interface Column<R> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'datetime' | 'code' | 'uuid';
  label: string;
  allowed?: readonly Allowed[];
  units?: string;
  /** pseudonym: a keyed hash; record: a random record id; no: not an identifier. */
  identifier: 'pseudonym' | 'record' | 'no';
  freeText?: boolean;
  value: (row: R, o: WriteOptions) => CsvValue;
}

const coded = (allowed: readonly Allowed[], v: string | null, o: WriteOptions): CsvValue =>
  v === null ? null : o.labels ? (allowed.find((a) => a.code === v)?.label ?? v) : v;

export const END_REASONS: readonly Allowed[] = [
  { code: 'completed', label: 'Completed' },
  { code: 'exited_by_resident', label: 'Left early (resident)' },
  { code: 'interrupted', label: 'Interrupted' },
];
const LANGUAGES: readonly Allowed[] = [
  { code: 'en', label: 'English' },
  { code: 'cy', label: 'Welsh' },
];
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
const EVENT_TYPE_VALUES: readonly Allowed[] = EVENT_TYPES.map((t) => ({
  code: t,
  label: t.replace(/_/g, ' '),
}));

const durationS = (s: ExportSession): number | null =>
  s.endedAt === null ? null : Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 1000);

export const SESSION_COLUMNS: readonly Column<ExportSession>[] = [
  {
    name: 'session_id',
    type: 'uuid',
    label: 'Session (random id made by the headset)',
    identifier: 'record',
    value: (s) => s.sessionId,
  },
  {
    name: 'participant_id',
    type: 'string',
    label: 'Resident pseudonym (keyed hash, stable within a study)',
    identifier: 'pseudonym',
    value: (s) => s.participant,
  },
  {
    name: 'site_id',
    type: 'string',
    label: 'Site pseudonym (keyed hash)',
    identifier: 'pseudonym',
    value: (s) => s.site,
  },
  { name: 'scene', type: 'code', label: 'Scene', identifier: 'no', value: (s) => s.scene },
  {
    name: 'pattern',
    type: 'code',
    label: 'Breathing pattern chosen',
    identifier: 'no',
    value: (s) => s.pattern,
  },
  {
    name: 'length_min',
    type: 'integer',
    label: 'Planned length',
    units: 'min',
    identifier: 'no',
    value: (s) => s.lengthMin,
  },
  {
    name: 'language',
    type: 'code',
    label: 'Language of the session',
    allowed: LANGUAGES,
    identifier: 'no',
    value: (s, o) => coded(LANGUAGES, s.language, o),
  },
  {
    name: 'started_at',
    type: 'datetime',
    label: 'Start (UTC, ISO 8601; shifted per resident when date shifting is on)',
    identifier: 'no',
    value: (s) => s.startedAt,
  },
  {
    name: 'ended_at',
    type: 'datetime',
    label: 'End (UTC, ISO 8601); empty if the end was never received',
    identifier: 'no',
    value: (s) => s.endedAt,
  },
  {
    name: 'duration_s',
    type: 'integer',
    label: 'Actual length',
    units: 's',
    identifier: 'no',
    value: durationS,
  },
  {
    name: 'end_reason',
    type: 'code',
    label: 'How the session ended',
    allowed: END_REASONS,
    identifier: 'no',
    value: (s, o) => coded(END_REASONS, s.endReason, o),
  },
  {
    name: 'completed',
    type: 'boolean',
    label: 'Ran to the end',
    identifier: 'no',
    value: (s) => s.endReason === 'completed',
  },
];

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
  {
    name: 'measure_id',
    type: 'uuid',
    label: 'Measure response (random id; the FHIR QuestionnaireResponse identifier)',
    identifier: 'record',
    value: (r) => r.m.measureId,
  },
  {
    name: 'session_id',
    type: 'uuid',
    label: 'Session the measure belongs to',
    identifier: 'record',
    value: (r) => r.m.sessionId,
  },
  {
    name: 'participant_id',
    type: 'string',
    label: 'Resident pseudonym (keyed hash)',
    identifier: 'pseudonym',
    value: (r) => r.m.participant,
  },
  {
    name: 'scene',
    type: 'code',
    label: 'Scene of the session',
    identifier: 'no',
    value: (r) => r.m.scene,
  },
  {
    name: 'instrument',
    type: 'code',
    label: 'Instrument',
    allowed: INSTRUMENTS,
    identifier: 'no',
    value: (r, o) => coded(INSTRUMENTS, r.m.instrumentId, o),
  },
  {
    name: 'instrument_version',
    type: 'string',
    label: 'Instrument definition version (semver)',
    identifier: 'no',
    value: (r) => r.m.instrumentVersion,
  },
  {
    name: 'timing',
    type: 'code',
    label: 'When it was asked',
    allowed: TIMINGS,
    identifier: 'no',
    value: (r, o) => coded(TIMINGS, r.m.timing, o),
  },
  {
    name: 'respondent',
    type: 'code',
    label: 'Who answered',
    allowed: RESPONDENTS,
    identifier: 'no',
    value: (r, o) => coded(RESPONDENTS, r.m.respondent, o),
  },
  {
    name: 'answered_at',
    type: 'datetime',
    label: 'When it was answered (UTC; shifted with the resident’s dates)',
    identifier: 'no',
    value: (r) => r.m.answeredAt,
  },
  {
    name: 'item',
    type: 'code',
    label: 'Item (linkId in the instrument; see the instrument rows of this codebook)',
    identifier: 'no',
    value: (r) => r.linkId,
  },
  {
    name: 'answer_status',
    type: 'code',
    label: 'Whether the item was answered',
    allowed: ANSWER_STATUS,
    identifier: 'no',
    value: (r, o) => coded(ANSWER_STATUS, r.status, o),
  },
  {
    name: 'answer_value',
    type: 'number',
    label: 'Answer as its ordinal value (see the instrument rows)',
    identifier: 'no',
    value: (r) => r.value,
  },
  {
    name: 'answer_code',
    type: 'code',
    label: 'Answer as a code, or its label when labels are chosen (see the instrument rows)',
    identifier: 'no',
    value: answerCode,
  },
  {
    name: 'measure_score',
    type: 'number',
    label: 'Instrument score by its published rule; empty when incomplete or scored per item',
    identifier: 'no',
    value: (r) => r.m.score.score,
  },
  {
    name: 'measure_complete',
    type: 'boolean',
    label: 'Every item of the measure was answered',
    identifier: 'no',
    value: (r) => r.m.score.complete,
  },
];

/** Event data fields that are never free text, flattened into their own columns. */
const EVENT_FIELDS: readonly {
  key: string;
  name: string;
  type: Column<ExportEvent>['type'];
  label: string;
}[] = [
  { key: 'mode', name: 'mode', type: 'code', label: 'session_started: vr or 2d' },
  { key: 'step', name: 'step', type: 'code', label: 'phase_changed: intro, practice or outro' },
  {
    key: 'kind',
    name: 'breath_phase',
    type: 'code',
    label: 'breath_phase: in, top_up, hold_in, out, hold_out',
  },
  {
    key: 'cycle',
    name: 'breath_cycle',
    type: 'integer',
    label: 'breath_phase: breath number from 0',
  },
  {
    key: 'key',
    name: 'caption_key',
    type: 'code',
    label: 'caption_shown: catalogue key of the caption',
  },
  { key: 'language', name: 'caption_language', type: 'code', label: 'caption_shown: en or cy' },
  { key: 'by', name: 'by', type: 'code', label: 'paused/resumed: resident or staff' },
  { key: 'pattern', name: 'pattern', type: 'code', label: 'pattern_changed: the new pattern' },
  { key: 'measureId', name: 'measure_id', type: 'uuid', label: 'measure_answered: the measure' },
  { key: 'reason', name: 'reason', type: 'code', label: 'exited: end reason' },
];
const KNOWN_KEYS = new Set([...EVENT_FIELDS.map((f) => f.key), 'message']);

/** Data fields not listed above: numbers and booleans go out; strings only with free text. */
function otherData(data: Record<string, unknown>, o: WriteOptions): CsvValue {
  const rest = Object.entries(data).filter(
    ([k, v]) => !KNOWN_KEYS.has(k) && (o.freeText || typeof v !== 'string'),
  );
  return rest.length === 0 ? null : JSON.stringify(Object.fromEntries(rest));
}

const field = (data: Record<string, unknown>, key: string): CsvValue => {
  const v = data[key];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
};

export function eventColumns(o: WriteOptions): Column<ExportEvent>[] {
  const cols: Column<ExportEvent>[] = [
    {
      name: 'event_id',
      type: 'uuid',
      label: 'Event (random id)',
      identifier: 'record',
      value: (e) => e.eventId,
    },
    {
      name: 'session_id',
      type: 'uuid',
      label: 'Session of the event',
      identifier: 'record',
      value: (e) => e.sessionId,
    },
    {
      name: 'participant_id',
      type: 'string',
      label: 'Resident pseudonym (keyed hash)',
      identifier: 'pseudonym',
      value: (e) => e.participant,
    },
    {
      name: 'type',
      type: 'code',
      label: 'Event type',
      allowed: EVENT_TYPE_VALUES,
      identifier: 'no',
      value: (e, w) => coded(EVENT_TYPE_VALUES, e.type, w),
    },
    {
      name: 't_ms',
      type: 'integer',
      label: 'Time since the session started',
      units: 'ms',
      identifier: 'no',
      value: (e) => e.tMs,
    },
    {
      name: 'at',
      type: 'datetime',
      label: 'Wall-clock time (UTC; shifted with the resident’s dates)',
      identifier: 'no',
      value: (e) => e.at,
    },
    ...EVENT_FIELDS.map((f): Column<ExportEvent> => ({
      name: f.name,
      type: f.type,
      label: f.label,
      identifier: f.type === 'uuid' ? 'record' : 'no',
      value: (e) => field(e.data, f.key),
    })),
    {
      name: 'data_other',
      type: 'string',
      label: 'Other event data as JSON (string values only when free text is included)',
      identifier: 'no',
      value: (e, w) => otherData(e.data, w),
    },
  ];
  if (o.freeText) {
    cols.push({
      name: 'message',
      type: 'string',
      label: 'error: message text (free text; only when free text is included)',
      identifier: 'no',
      freeText: true,
      value: (e) => field(e.data, 'message'),
    });
  }
  return cols;
}

export const TABLE_COLUMNS = {
  sessions: () => SESSION_COLUMNS,
  measures: () => MEASURE_COLUMNS,
  events: (o: WriteOptions) => eventColumns(o),
};

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
        c.freeText ? `${c.label}` : c.label,
        allowedText(c.allowed),
        c.units ?? '',
        c.identifier,
      ]);
    }
  }
  for (const def of BUILT_IN_INSTRUMENTS) rows.push(...instrumentRows(def));
  return rows;
}
