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

/** What admitting a frame needs to know about its connection. */
export interface RateLimited {
  readonly bucket: TokenBucket;
  lastRateErrorMs: number;
  closed: boolean;
  close(code: number, reason: string): void;
}

/**
 * Whether a connection's next frame may be handled. A dropped frame earns at most one
 * `rate_limited` error a second; `floodCloseAfter` drops in a row close the connection (4429).
 */
export function admitFrame(
  conn: RateLimited,
  nowMs: number,
  floodCloseAfter: number,
  onDropped: () => void,
): boolean {
  if (conn.closed) return false;
  if (take(conn.bucket, nowMs)) return true;
  if (conn.bucket.droppedRun >= floodCloseAfter) {
    conn.close(FLOOD_CLOSE, 'Too many messages');
    return false;
  }
  if (nowMs - conn.lastRateErrorMs >= 1000) {
    conn.lastRateErrorMs = nowMs;
    onDropped();
  }
  return false;
}

/** Close code for a flooding connection (CLOSE.flood in connection.ts). */
export const FLOOD_CLOSE = 4429;
