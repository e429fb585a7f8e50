import type { InstrumentDefinition, InstrumentItem } from './schema.ts';

/** One answer: a value, "prefer not to say", or no answer before the timeout. */
export type Answer =
  | { linkId: string; value: number }
  | { linkId: string; declined: true }
  | { linkId: string; timedOut: true };

export class InstrumentAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstrumentAnswerError';
  }
}

export interface MeasureScore {
  /** Every item has a value (none declined or timed out). */
  complete: boolean;
  /** The instrument's score; null when incomplete or when items are reported one by one. */
  score: number | null;
  subscales?: Record<string, number>;
  /** Per-item values (null where declined or timed out). */
  items: Record<string, number | null>;
  /** For category scoring: the chosen option's code. */
  category?: string;
  missing: string[];
}

function checkValue(item: InstrumentItem, value: number): void {
  const r = item.response;
  if (!Number.isFinite(value)) throw new InstrumentAnswerError(`${item.linkId}: not a number`);
  if (r.kind === 'scale') {
    if (!Number.isInteger(value) || value < r.min || value > r.max) {
      throw new InstrumentAnswerError(`${item.linkId}: ${value} is outside ${r.min}–${r.max}`);
    }
  } else if (!r.options.some((o) => o.value === value)) {
    throw new InstrumentAnswerError(`${item.linkId}: ${value} is not one of the options`);
  }
}

/** Scores a measure by the instrument's published rule; never a number from a partial answer. */
export function scoreMeasure(def: InstrumentDefinition, answers: readonly Answer[]): MeasureScore {
  const byId = new Map(def.items.map((i) => [i.linkId, i]));
  const items: Record<string, number | null> = {};
  for (const a of answers) {
    const item = byId.get(a.linkId);
    if (!item) throw new InstrumentAnswerError(`unknown item ${a.linkId} for ${def.id}`);
    if (a.linkId in items) throw new InstrumentAnswerError(`${a.linkId} answered twice`);
    if ('value' in a) checkValue(item, a.value);
    items[a.linkId] = 'value' in a ? a.value : null;
  }
  const missing = def.items
    .map((i) => i.linkId)
    .filter((id) => items[id] === undefined || items[id] === null);
  for (const id of missing) items[id] ??= null;
  const complete = missing.length === 0;
  const v = (id: string) => items[id] ?? 0;
  const s = def.scoring;
  switch (s.kind) {
    case 'value':
    case 'each':
      return {
        complete,
        score: s.kind === 'value' && complete ? v(def.items[0]!.linkId) : null,
        items,
        missing,
      };
    case 'category': {
      const item = def.items[0]!;
      const value = items[item.linkId];
      const option =
        item.response.kind === 'choice'
          ? item.response.options.find((o) => o.value === value)
          : undefined;
      return {
        complete,
        score: complete ? v(item.linkId) : null,
        items,
        missing,
        ...(option ? { category: option.code } : {}),
      };
    }
    case 'sum':
      return {
        complete,
        score: complete ? s.items.reduce((a, id) => a + v(id), 0) : null,
        items,
        missing,
      };
    case 'weighted_subscales': {
      if (!complete) return { complete, score: null, items, missing };
      const raw = s.subscales.map(
        (sub) => [sub.id, sub.items.reduce((a, id) => a + v(id), 0), sub.weight] as const,
      );
      const subscales = Object.fromEntries(raw.map(([id, r, w]) => [id, round(r * w)]));
      const total = round(raw.reduce((a, [, r]) => a + r, 0) * s.total.weight);
      return { complete, score: total, subscales, items, missing };
    }
  }
}

/** Two decimals, as the published SSQ tables report. */
function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Whether a periodic measure is due: never taken, or at least `intervalDays` since the last. */
export function isPeriodicDue(lastAt: string | null, now: string, intervalDays: number): boolean {
  if (lastAt === null) return true;
  return Date.parse(now) - Date.parse(lastAt) >= intervalDays * 86_400_000;
}
