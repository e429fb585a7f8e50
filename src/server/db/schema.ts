import type { Generated } from 'kysely';

/** Table types for Kysely. Timestamps are ISO-8601 text on both SQLite and PostgreSQL. */
export interface SessionsTable {
  id: string;
  scene: string;
  length_min: number;
  language: string;
  pattern: string;
  started_at: string;
  ended_at: string | null;
  end_reason: string | null;
  created_at: Generated<string>;
}

export interface EventsTable {
  id: string;
  session_id: string;
  type: string;
  t_ms: number;
  at: string;
  /** JSON text of the event's data. */
  data: string;
  /** SHA-256 of the canonical event JSON: the same id must always carry the same payload. */
  payload_hash: string;
  received_at: string;
}

export interface MeasuresTable {
  id: string;
  session_id: string;
  instrument_id: string;
  instrument_version: string;
  timing: string;
  respondent: string;
  /** JSON text of the raw answers. */
  answers: string;
  /** JSON text of the computed MeasureScore. */
  score: string;
  answered_at: string;
  payload_hash: string;
}

export interface Schema {
  sessions: SessionsTable;
  events: EventsTable;
  measures: MeasuresTable;
}
