import { en } from '../core/i18n/catalogue.ts';

/** Display names for codes on the research pages (English: researchers' working language). */

const catalogue = en as Record<string, string>;

export const sceneName = (id: string): string => catalogue[`scene.${id}.title`] ?? id;
export const patternName = (id: string): string =>
  catalogue[`pattern.${id}`] ?? id.replace(/_/g, ' ');

export const END_REASON_NAMES: Record<string, string> = {
  completed: 'Completed',
  exited_by_resident: 'Left early (resident)',
  interrupted: 'Interrupted',
  not_ended: 'End not received',
};

export const SICKNESS_NAMES: Record<number, string> = { 0: 'No', 1: 'A little', 2: 'A lot' };

export function duration(s: number | null): string {
  if (s === null) return '–';
  const m = Math.floor(s / 60);
  const r = Math.round(s % 60);
  return `${m} min ${String(r).padStart(2, '0')} s`;
}

export const signed = (x: number | null, digits = 2): string =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(digits)}`;

export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
