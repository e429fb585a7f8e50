/**
 * A token bucket per connection: `burst` frames at once, refilled at `perSecond`. A frame that
 * finds the bucket empty is dropped (not queued), so a flooding client cannot build up memory
 * in the hub or delay anyone else.
 */
export interface TokenBucket {
  tokens: number;
  lastMs: number;
  readonly burst: number;
  readonly perSecond: number;
  /** Frames dropped since the last one that was let through. */
  droppedRun: number;
}

export function createBucket(burst: number, perSecond: number, nowMs: number): TokenBucket {
  return { tokens: burst, lastMs: nowMs, burst, perSecond, droppedRun: 0 };
}

/** Takes one token if there is one; mutates the bucket (it is per connection, hot path). */
export function take(b: TokenBucket, nowMs: number): boolean {
  const refill = ((nowMs - b.lastMs) / 1000) * b.perSecond;
  if (refill > 0) {
    b.tokens = Math.min(b.burst, b.tokens + refill);
    b.lastMs = nowMs;
  }
  if (b.tokens >= 1) {
    b.tokens -= 1;
    b.droppedRun = 0;
    return true;
  }
  b.droppedRun += 1;
  return false;
}
