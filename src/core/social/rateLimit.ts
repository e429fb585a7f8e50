/**
 * A token bucket as plain data: `capacity` tokens, refilled at `perSecond`. Pose frames and text
 * messages each take one; with none left the message is dropped (a flood cannot slow the room).
 */
export interface TokenBucket {
  capacity: number;
  perSecond: number;
  tokens: number;
  lastMs: number;
}

export function createBucket(capacity: number, perSecond: number, nowMs: number): TokenBucket {
  return { capacity, perSecond, tokens: capacity, lastMs: nowMs };
}

/** Takes a token if there is one. Mutates the bucket (it runs per frame on the server). */
export function takeToken(bucket: TokenBucket, nowMs: number): boolean {
  const elapsed = Math.max(0, nowMs - bucket.lastMs);
  bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (elapsed * bucket.perSecond) / 1000);
  bucket.lastMs = nowMs;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

/** Pose frames: 15 Hz with room for jitter and bursts after a stall; beyond that, dropped. */
export const POSE_BUCKET = { capacity: 30, perSecond: 20 } as const;
/** Control and signalling messages: WebRTC start-up sends a burst of ICE candidates. */
export const TEXT_BUCKET = { capacity: 60, perSecond: 10 } as const;
