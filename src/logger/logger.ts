import type { SessionEvent } from '../core/schemas/events.ts';
import type { Measure } from '../core/schemas/measures.ts';
import type { SessionEnd, SessionStart } from '../core/schemas/session.ts';
import {
  acknowledge,
  enqueue,
  makeAllDue,
  sendFailed,
  type Outbox,
  type OutboxItem,
} from '../core/sync/outbox.ts';
import type { OutboxPayload, OutboxStore, StoredItem } from './outboxStore.ts';

/**
 * The browser logger: every session start, end and event is written to the outbox (IndexedDB)
 * first; a sync loop sends them in write order and forgets each only when the server acknowledges
 * it. Runs on start, on `online`, on a timer and on "send now". A session completes fully with the
 * server unreachable.
 */
export interface Logger {
  sessionStarted(start: SessionStart): Promise<void>;
  sessionEnded(id: string, end: SessionEnd): Promise<void>;
  event(e: SessionEvent): Promise<void>;
  /** A measure response (self or staff); the server scores it. */
  measure(m: Measure): Promise<void>;
  syncNow(): Promise<void>;
  /** Records written but not yet acknowledged by the server. */
  unsent(): number;
  lastError(): string | null;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export interface LoggerOptions {
  store: OutboxStore;
  fetchImpl?: typeof fetch;
  now?: () => number;
  random?: () => number;
  intervalMs?: number;
  maxBatch?: number;
  /** The Authorization header to send (a headset's `Bearer <device token>`), read per request. */
  authorization?: () => string | null;
}

type Item = OutboxItem<OutboxPayload>;

function request(item: Item, run: Item[]): { url: string; body: unknown } {
  const p = item.payload;
  if (p.kind === 'session_start') return { url: '/api/sessions', body: p.body };
  if (p.kind === 'measure') return { url: '/api/measures', body: p.body };
  if (p.kind === 'session_end') {
    return { url: `/api/sessions/${encodeURIComponent(p.sessionId)}/end`, body: p.body };
  }
  return { url: '/api/events/batch', body: { events: run.map((i) => i.payload.body) } };
}

export async function createLogger(opts: LoggerOptions): Promise<Logger> {
  const { store } = opts;
  const fetchImpl = opts.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const maxBatch = opts.maxBatch ?? 50;
  const loaded = await store.all();
  const seqs = new Map(loaded.map((i) => [i.id, i.seq]));
  let nextSeq = loaded.reduce((m, i) => Math.max(m, i.seq), 0) + 1;
  // An app start makes everything due at once.
  let box: Outbox<OutboxPayload> = makeAllDue({ items: loaded }, now());
  let error: string | null = null;
  let syncing: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const stored = (items: readonly Item[]): StoredItem[] =>
    items.map((i) => ({ ...i, seq: seqs.get(i.id) ?? 0 }));

  async function write(id: string, payload: OutboxPayload): Promise<void> {
    if (seqs.has(id)) return; // a written record is never replaced
    const seq = nextSeq++;
    seqs.set(id, seq);
    const at = now();
    // On disk first; only then is it in the outbox that the sync loop sends from.
    await store.put([{ id, payload, attempts: 0, nextAttemptAt: at, seq }]);
    box = enqueue(box, id, payload, at);
    notify();
    void syncNow();
  }

  /** Items from the head of the outbox that can go in one request, in write order. */
  function headRun(): Item[] {
    const head = box.items[0];
    if (!head || head.nextAttemptAt > now()) return [];
    if (head.payload.kind !== 'event') return [head];
    const run: Item[] = [];
    for (const i of box.items) {
      if (i.payload.kind !== 'event' || run.length >= maxBatch) break;
      run.push(i);
    }
    return run;
  }

  async function syncPass(): Promise<void> {
    for (let run = headRun(); run.length > 0; run = headRun()) {
      const ids = run.map((i) => i.id);
      const { url, body } = request(run[0]!, run);
      let ok = false;
      try {
        const auth = opts.authorization?.();
        const res = await fetchImpl(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(auth ? { Authorization: auth } : {}),
          },
          body: JSON.stringify(body),
        });
        ok = res.ok;
        if (!ok) error = `${res.status} ${(await res.text()).slice(0, 200)}`;
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      if (ok) {
        await store.remove(ids);
        box = acknowledge(box, ids);
        ids.forEach((id) => seqs.delete(id));
        error = null;
      } else {
        // Keep them, in order, and try again later; later items wait behind them.
        box = sendFailed(box, ids, now(), random());
        await store.put(stored(box.items.filter((i) => ids.includes(i.id))));
        notify();
        return;
      }
      notify();
    }
  }

  /** Runs a pass; a request during a pass runs one more pass after it, so no write waits. */
  function syncNow(): Promise<void> {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (async () => {
      do {
        again = false;
        await syncPass();
      } while (again && !stopped);
    })().finally(() => {
      syncing = null;
    });
    return syncing;
  }

  const onOnline = () => {
    box = makeAllDue(box, now());
    void syncNow();
  };
  const hasWindow = typeof window !== 'undefined';
  if (hasWindow) window.addEventListener('online', onOnline);
  const timer = setInterval(() => void syncNow(), opts.intervalMs ?? 10_000);
  void syncNow();

  return {
    sessionStarted: (start) => write(start.id, { kind: 'session_start', body: start }),
    sessionEnded: (id, end) =>
      write(`${id}:end`, { kind: 'session_end', sessionId: id, body: end }),
    event: (e) => write(e.id, { kind: 'event', body: e }),
    measure: (m) => write(m.id, { kind: 'measure', body: m }),
    syncNow: () => {
      box = makeAllDue(box, now());
      return syncNow();
    },
    unsent: () => box.items.length,
    lastError: () => error,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      if (hasWindow) window.removeEventListener('online', onOnline);
    },
  };
}
