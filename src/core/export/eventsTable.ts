import { EVENT_TYPES } from '../schemas/events.ts';
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
import type { ExportEvent } from './rows.ts';

/** The events table: one row per raw event, known data fields flattened into columns. */

const EVENT_TYPE_VALUES: readonly Allowed[] = EVENT_TYPES.map((t) => ({
  code: t,
  label: t.replace(/_/g, ' '),
}));

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
    recordColumn('event_id', 'Event (random id)', (e) => e.eventId),
    recordColumn('session_id', 'Session of the event', (e) => e.sessionId),
    pseudonymColumn('participant_id', 'Resident pseudonym (keyed hash)', (e) => e.participant),
    codedColumn('type', 'Event type', EVENT_TYPE_VALUES, (e) => e.type),
    valueColumn('t_ms', 'integer', 'Time since the session started', (e) => e.tMs, 'ms'),
    valueColumn(
      'at',
      'datetime',
      'Wall-clock time (UTC; shifted with the resident’s dates)',
      (e) => e.at,
    ),
    ...EVENT_FIELDS.map((f): Column<ExportEvent> => ({
      ...valueColumn<ExportEvent>(f.name, f.type, f.label, (e) => field(e.data, f.key)),
      identifier: f.type === 'uuid' ? 'record' : 'no',
    })),
    valueColumn(
      'data_other',
      'string',
      'Other event data as JSON (string values only when free text is included)',
      (e, w) => otherData(e.data, w),
    ),
  ];
  if (o.freeText) {
    cols.push({
      ...valueColumn<ExportEvent>(
        'message',
        'string',
        'error: message text (free text; only when free text is included)',
        (e) => field(e.data, 'message'),
      ),
      freeText: true,
    });
  }
  return cols;
}
