import type { OutboxItem } from '../core/sync/outbox.ts';

/**
 * IndexedDB persistence for the logger's outbox: every record is written here before anything is
 * sent, and removed only after the server acknowledged it. Survives reloads, crashes and power
 * loss of the headset (as far as the browser's storage does).
 */

export type OutboxPayload =
  | { kind: 'session_start'; body: unknown }
  | { kind: 'session_end'; sessionId: string; body: unknown }
  | { kind: 'event'; body: unknown }
  | { kind: 'measure'; body: unknown };

export interface StoredItem extends OutboxItem<OutboxPayload> {
  /** Write order, kept across restarts. */
  seq: number;
}

export interface OutboxStore {
  all(): Promise<StoredItem[]>;
  put(items: readonly StoredItem[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

const STORE = 'outbox';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export async function openIndexedDbOutbox(name = 'hafan-logger'): Promise<OutboxStore> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  const db = await request(open);
  return {
    async all() {
      const tx = db.transaction(STORE, 'readonly');
      const items = await request(tx.objectStore(STORE).getAll() as IDBRequest<StoredItem[]>);
      return items.sort((a, b) => a.seq - b.seq);
    },
    async put(items) {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      for (const item of items) store.put(item);
      await done(tx);
    },
    async remove(ids) {
      const tx = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(STORE);
      for (const id of ids) store.delete(id);
      await done(tx);
    },
  };
}

/** The same contract in memory: for tests, and when IndexedDB is unavailable (private mode). */
export function memoryOutbox(): OutboxStore {
  const map = new Map<string, StoredItem>();
  return {
    all: () => Promise.resolve([...map.values()].sort((a, b) => a.seq - b.seq)),
    put: (items) => {
      for (const i of items) map.set(i.id, structuredClone(i));
      return Promise.resolve();
    },
    remove: (ids) => {
      for (const id of ids) map.delete(id);
      return Promise.resolve();
    },
  };
}
