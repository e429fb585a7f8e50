import { describe, expect, it } from 'vitest';
import {
  BACKOFF_MAX_MS,
  EMPTY_OUTBOX,
  acknowledge,
  backoffMs,
  dueBatch,
  enqueue,
  makeAllDue,
  sendFailed,
  type Outbox,
} from '../../../src/core/sync/outbox.ts';

describe('outbox', () => {
  const box: Outbox<string> = enqueue(
    enqueue(enqueue(EMPTY_OUTBOX, 'a', 'A', 0), 'b', 'B', 0),
    'c',
    'C',
    0,
  );

  it('keeps items in write order and never replaces a written record', () => {
    expect(box.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(enqueue(box, 'a', 'changed', 5)).toBe(box);
  });

  it('hands out due items oldest first, at most max', () => {
    expect(dueBatch(box, 0, 2).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('keeps failed items with growing, capped backoff, and removes only acknowledged ones', () => {
    const failed = sendFailed(box, ['a'], 1000);
    expect(failed.items[0]).toMatchObject({ id: 'a', attempts: 1, nextAttemptAt: 2000 });
    expect(dueBatch(failed, 1500, 10).map((i) => i.id)).toEqual(['b', 'c']);
    expect(acknowledge(failed, ['b', 'zzz']).items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(backoffMs(1)).toBe(1000);
    expect(backoffMs(3)).toBe(4000);
    expect(backoffMs(40)).toBe(BACKOFF_MAX_MS);
    expect(backoffMs(3, 0.999)).toBeGreaterThan(backoffMs(3, 0));
  });

  it('makes everything due at once for "send now", coming online or an app start', () => {
    const later = sendFailed(box, ['a', 'b', 'c'], 0);
    expect(dueBatch(later, 10, 10)).toEqual([]);
    expect(dueBatch(makeAllDue(later, 10), 10, 10)).toHaveLength(3);
  });
});
