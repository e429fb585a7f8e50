import type { Answer, MeasureScore } from '../instruments/scoring.ts';

/**
 * Export rows after pseudonymisation: no resident id, code or label and no site name can be in
 * here. The server builds them from the database; every format is written from these alone.
 */
export interface ExportSession {
  sessionId: string;
  /** Keyed pseudonym of the resident (HMAC); null for a session without a resident. */
  participant: string | null;
  /** Keyed pseudonym of the site. */
  site: string | null;
  scene: string;
  pattern: string;
  lengthMin: number;
  language: string;
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
}

export interface ExportMeasure {
  measureId: string;
  sessionId: string;
  participant: string | null;
  scene: string;
  instrumentId: string;
  instrumentVersion: string;
  timing: string;
  respondent: string;
  answeredAt: string;
  answers: Answer[];
  score: MeasureScore;
}

export interface ExportEvent {
  eventId: string;
  sessionId: string;
  participant: string | null;
  type: string;
  tMs: number;
  at: string;
  data: Record<string, unknown>;
}

/** Who was left out, and why: every export says so. */
export interface ExclusionCounts {
  /** Residents whose consent is "no". */
  consentNo: number;
  /** Residents who withdrew consent. */
  consentWithdrawn: number;
  /** Residents whose data was erased. */
  erased: number;
  /** Sessions with no resident (stand-alone or guest use): nobody consented to research. */
  sessionsWithoutResident: number;
}

export interface ExportMeta {
  generatedAt: string;
  study: { id: string; label: string };
  filters: Record<string, string>;
  options: { labels: boolean; shiftDates: boolean; freeText: boolean };
  excluded: ExclusionCounts;
}
