import {
  codedColumn,
  pseudonymColumn,
  recordColumn,
  valueColumn,
  type Allowed,
  type Column,
} from './columns.ts';
import type { ExportSession } from './rows.ts';

/** The sessions table: one row per session. */

const END_REASONS: readonly Allowed[] = [
  { code: 'completed', label: 'Completed' },
  { code: 'exited_by_resident', label: 'Left early (resident)' },
  { code: 'interrupted', label: 'Interrupted' },
];
const LANGUAGES: readonly Allowed[] = [
  { code: 'en', label: 'English' },
  { code: 'cy', label: 'Welsh' },
];

const durationS = (s: ExportSession): number | null =>
  s.endedAt === null ? null : Math.round((Date.parse(s.endedAt) - Date.parse(s.startedAt)) / 1000);

export const SESSION_COLUMNS: readonly Column<ExportSession>[] = [
  recordColumn('session_id', 'Session (random id made by the headset)', (s) => s.sessionId),
  pseudonymColumn(
    'participant_id',
    'Resident pseudonym (keyed hash, stable within a study)',
    (s) => s.participant,
  ),
  pseudonymColumn('site_id', 'Site pseudonym (keyed hash)', (s) => s.site),
  valueColumn('scene', 'code', 'Scene', (s) => s.scene),
  valueColumn('pattern', 'code', 'Breathing pattern chosen', (s) => s.pattern),
  valueColumn('length_min', 'integer', 'Planned length', (s) => s.lengthMin, 'min'),
  codedColumn('language', 'Language of the session', LANGUAGES, (s) => s.language),
  valueColumn(
    'started_at',
    'datetime',
    'Start (UTC, ISO 8601; shifted per resident when date shifting is on)',
    (s) => s.startedAt,
  ),
  valueColumn(
    'ended_at',
    'datetime',
    'End (UTC, ISO 8601); empty if the end was never received',
    (s) => s.endedAt,
  ),
  valueColumn('duration_s', 'integer', 'Actual length', durationS, 's'),
  codedColumn('end_reason', 'How the session ended', END_REASONS, (s) => s.endReason),
  valueColumn('completed', 'boolean', 'Ran to the end', (s) => s.endReason === 'completed'),
];
