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

export interface Schema {
  sessions: SessionsTable;
}
