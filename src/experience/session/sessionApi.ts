import {
  SessionEndSchema,
  SessionStartSchema,
  type SessionEnd,
  type SessionStart,
} from '../../core/schemas/session.ts';

/**
 * Tells the server a session started and ended. Both calls are idempotent on the server (same id,
 * same body), so retrying is safe. The offline outbox (logger) will take this over.
 */

const RETRY_DELAYS_MS = [500, 2000, 5000];

async function send(url: string, body: unknown): Promise<void> {
  let lastError: unknown = null;
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        keepalive: true,
      });
      if (res.ok) return;
      // A 4xx will not get better by retrying.
      if (res.status >= 400 && res.status < 500) {
        throw new Error(`${url}: ${res.status} ${await res.text()}`);
      }
      lastError = new Error(`${url}: ${res.status}`);
    } catch (err) {
      if (err instanceof Error && /: 4\d\d /.test(err.message)) throw err;
      lastError = err;
    }
    const delay = RETRY_DELAYS_MS[attempt];
    if (delay !== undefined) await new Promise((r) => setTimeout(r, delay));
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

export function postSessionStart(start: SessionStart): Promise<void> {
  return send('/api/sessions', SessionStartSchema.parse(start));
}

export function postSessionEnd(id: string, end: SessionEnd): Promise<void> {
  return send(`/api/sessions/${encodeURIComponent(id)}/end`, SessionEndSchema.parse(end));
}
