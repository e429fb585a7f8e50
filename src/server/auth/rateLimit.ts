/**
 * Counts failures per key in a fixed window (e.g. 5 failed sign-ins per username per 15 min).
 * In memory: one server process serves a care home, and a restart forgetting counts is harmless
 * next to the cost of scrypt per guess. Bounded: the oldest keys are dropped past `maxKeys`.
 */
export interface FailureLimit {
  max: number;
  windowMs: number;
}

export class FailureCounter {
  private readonly entries = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: FailureLimit,
    private readonly maxKeys = 10_000,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  blockedFor(key: string, nowMs: number): number {
    const e = this.entries.get(key);
    if (!e) return 0;
    if (e.resetAt <= nowMs) {
      this.entries.delete(key);
      return 0;
    }
    return e.count >= this.limit.max ? e.resetAt - nowMs : 0;
  }

  fail(key: string, nowMs: number): void {
    const e = this.entries.get(key);
    if (e && e.resetAt > nowMs) {
      e.count++;
      return;
    }
    this.entries.delete(key);
    if (this.entries.size >= this.maxKeys) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { count: 1, resetAt: nowMs + this.limit.windowMs });
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

export const FIFTEEN_MINUTES = 15 * 60_000;
