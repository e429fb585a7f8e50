/**
 * The logger's outbox as pure functions over plain data. The browser keeps this state in
 * IndexedDB; every change here is a new value, so each step can be persisted atomically and a
 * restart resumes from the last persisted value. An item leaves only when the server acknowledges
 * it, so nothing is lost while the network or the server is down.
 */

export interface OutboxItem<P = unknown> {
  /** The record's own UUID: the server stores each id once. */
  id: string;
  payload: P;
  attempts: number;
  /** Earliest ms (monotonic or wall clock, the caller's choice) for the next try. */
  nextAttemptAt: number;
}

export interface Outbox<P = unknown> {
  /** In the order they were written. */
  items: readonly OutboxItem<P>[];
}

export const EMPTY_OUTBOX: Outbox<never> = { items: [] };

export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;

/** Exponential backoff with a cap; `jitter` in [0, 1) (0.5 = none) spreads retries of many headsets. */
export function backoffMs(attempts: number, jitter = 0.5): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.75 + 0.5 * jitter));
}

/** Adds an item; writing the same id again keeps the first (the record is immutable). */
export function enqueue<P>(box: Outbox<P>, id: string, payload: P, now: number): Outbox<P> {
  if (box.items.some((i) => i.id === id)) return box;
  return { items: [...box.items, { id, payload, attempts: 0, nextAttemptAt: now }] };
}

/** The items due for sending now, oldest first, at most `max`. */
export function dueBatch<P>(box: Outbox<P>, now: number, max: number): OutboxItem<P>[] {
  const out: OutboxItem<P>[] = [];
  for (const item of box.items) {
    if (out.length >= max) break;
    if (item.nextAttemptAt <= now) out.push(item);
  }
  return out;
}

/** The server acknowledged these ids: they leave the outbox. */
export function acknowledge<P>(box: Outbox<P>, ids: readonly string[]): Outbox<P> {
  const done = new Set(ids);
  return { items: box.items.filter((i) => !done.has(i.id)) };
}

/** A send failed (no network, 5xx, timeout): try these again later. */
export function sendFailed<P>(
  box: Outbox<P>,
  ids: readonly string[],
  now: number,
  jitter = 0.5,
): Outbox<P> {
  const failed = new Set(ids);
  return {
    items: box.items.map((i) =>
      failed.has(i.id)
        ? { ...i, attempts: i.attempts + 1, nextAttemptAt: now + backoffMs(i.attempts + 1, jitter) }
        : i,
    ),
  };
}

/** "Send now", the `online` event or an app start: everything is due at once. */
export function makeAllDue<P>(box: Outbox<P>, now: number): Outbox<P> {
  return { items: box.items.map((i) => ({ ...i, nextAttemptAt: Math.min(i.nextAttemptAt, now) })) };
}
