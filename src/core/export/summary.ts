import type { ExclusionCounts } from './rows.ts';
import type { PairedChange } from './stats.ts';

/** The research dashboard's figures, as the server sends them and the page shows them. */

export interface ChangeRow extends PairedChange {
  instrument: string;
  scene: string;
  preMean: number | null;
  postMean: number | null;
}

export interface DashboardSummary {
  sessions: { run: number; completed: number; ended: number; medianLengthS: number | null };
  endReasons: { reason: string; count: number }[];
  sickness: { value: number; count: number }[];
  changes: ChangeRow[];
  excluded: ExclusionCounts;
}

export interface ResearchOptions {
  sites: { id: string; name: string }[];
  scenes: string[];
  patterns: string[];
  instruments: { id: string; title: string; use: string }[];
  studies: { id: string; label: string; createdAt: string; retiredAt: string | null }[];
}

/** Whether a rise in an instrument's score is good news (mood) or bad (tension, sickness). */
export const HIGHER_IS_BETTER: Record<string, boolean> = {
  mood_faces: true,
  suds: false,
  sickness_check: false,
  ucla3: false,
  ons_loneliness: true,
  ssq: false,
};
