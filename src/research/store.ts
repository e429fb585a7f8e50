import { create } from 'zustand';
import type { DashboardSummary, ResearchOptions } from '../core/export/summary.ts';
import { getJson, queryString } from './api.ts';

/**
 * The dashboard's state: filters as the form shows them (strings), the options they can take and
 * the figures for the current filters. Actions are plain functions (tests call them directly).
 */

export interface Filters {
  from: string;
  to: string;
  site: string;
  scene: string;
  pattern: string;
  instrument: string;
  respondent: '' | 'self' | 'staff';
}

export const NO_FILTERS: Filters = {
  from: '',
  to: '',
  site: '',
  scene: '',
  pattern: '',
  instrument: '',
  respondent: '',
};

export type Load<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'error'; message: string; status?: number };

interface ResearchState {
  filters: Filters;
  options: Load<ResearchOptions>;
  summary: Load<DashboardSummary>;
  /** A newer summary is on its way (the figures on screen stay until it arrives). */
  refreshing: boolean;
}

export const useResearch = create<ResearchState>(() => ({
  filters: NO_FILTERS,
  options: { state: 'idle' },
  summary: { state: 'idle' },
  refreshing: false,
}));

const fail = (e: unknown) => ({
  state: 'error' as const,
  message: e instanceof Error ? e.message : String(e),
  ...(e && typeof e === 'object' && 'status' in e ? { status: Number(e.status) } : {}),
});

export async function loadOptions(): Promise<void> {
  useResearch.setState({ options: { state: 'loading' } });
  try {
    const data = await getJson<ResearchOptions>('/api/research/options');
    useResearch.setState({ options: { state: 'ok', data } });
  } catch (e) {
    useResearch.setState({ options: fail(e) });
  }
}

let latest = 0;

/** Loads the figures for the current filters; an answer to an older request is dropped. */
export async function refreshSummary(): Promise<void> {
  const ticket = ++latest;
  useResearch.setState((s) => ({
    refreshing: true,
    summary: s.summary.state === 'ok' ? s.summary : { state: 'loading' },
  }));
  try {
    const data = await getJson<DashboardSummary>(
      `/api/research/summary${queryString({ ...useResearch.getState().filters })}`,
    );
    if (ticket === latest)
      useResearch.setState({ summary: { state: 'ok', data }, refreshing: false });
  } catch (e) {
    if (ticket === latest) useResearch.setState({ summary: fail(e), refreshing: false });
  }
}

export function setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
  useResearch.setState((s) => ({ filters: { ...s.filters, [key]: value } }));
  void refreshSummary();
}

export function clearFilters(): void {
  useResearch.setState({ filters: NO_FILTERS });
  void refreshSummary();
}
