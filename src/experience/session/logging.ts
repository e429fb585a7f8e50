import { uuidV4 } from '../../core/ids.ts';
import type { EventType, SessionEvent } from '../../core/schemas/events.ts';
import { createLogger, type Logger } from '../../logger/logger.ts';
import { memoryOutbox, openIndexedDbOutbox } from '../../logger/outboxStore.ts';
import { deviceAuthorization } from '../pairing/device.ts';

/**
 * The resident app's logger, created once. IndexedDB keeps unsent records across reloads; if the
 * browser refuses IndexedDB (some private modes) the outbox lives in memory and says so.
 */
let logger: Promise<Logger> | null = null;
export let storageNote: 'persistent' | 'best-effort' | 'memory-only' = 'best-effort';

export function getLogger(): Promise<Logger> {
  logger ??= (async () => {
    let store;
    try {
      store = await openIndexedDbOutbox();
    } catch (err) {
      console.warn('IndexedDB unavailable: unsent records will not survive a reload', err);
      storageNote = 'memory-only';
      store = memoryOutbox();
    }
    // Ask the browser not to evict unsent records under storage pressure.
    if (storageNote !== 'memory-only' && navigator.storage?.persist) {
      storageNote = (await navigator.storage.persist().catch(() => false))
        ? 'persistent'
        : 'best-effort';
    }
    return createLogger({ store, authorization: deviceAuthorization });
  })();
  return logger;
}

/**
 * Sessions that are recorded: those begun on a paired headset. On an unpaired device a session
 * is a "try it" run and nothing of it is written (the server would refuse it anyway).
 */
const recorded = new Set<string>();

/** Decides, at Begin, whether this session is recorded; answers the decision. */
export function startRecording(sessionId: string): boolean {
  if (deviceAuthorization() === null) return false;
  recorded.add(sessionId);
  return true;
}

export function isRecorded(sessionId: string | null): boolean {
  return sessionId !== null && recorded.has(sessionId);
}

type DataOf<T extends EventType> = Extract<SessionEvent, { type: T }>['data'];

/** Writes one session event to the outbox (never blocks the frame; errors are reported). */
export function logEvent<T extends EventType>(
  sessionId: string,
  tMs: number,
  type: T,
  data: DataOf<T>,
): void {
  if (!recorded.has(sessionId)) return;
  const event = {
    id: uuidV4(),
    sessionId,
    tMs: Math.max(0, Math.round(tMs)),
    at: new Date().toISOString(),
    type,
    data,
  } as SessionEvent;
  void getLogger()
    .then((l) => l.event(event))
    .catch((err: unknown) => console.error('could not log event', err));
}
