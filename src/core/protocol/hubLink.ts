import {
  addClockSample,
  createClockFilter,
  estimateClock,
  type ClockEstimate,
  type ClockFilter,
} from './clockSync.ts';
import {
  ServerFrameSchema,
  decodeFrame,
  encodeFrame,
  type ConsoleFrameBody,
  type HeadsetFrameBody,
  type ServerFrame,
} from './messages.ts';

/**
 * A client's link to the hub, independent of the transport: the browser passes its WebSocket,
 * tests pass `ws` or a fake. It reconnects by itself with jittered exponential backoff, signs in
 * with a token frame when it has one, and keeps an NTP-style estimate of the server clock.
 * Refusals that retrying cannot fix (revoked token, replaced by another tab) stop it.
 */

/** The part of the WebSocket API this needs (browser WebSocket and `ws` both have it). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export type LinkState = 'connecting' | 'online' | 'offline' | 'refused';

export interface HubLinkOptions {
  connect: () => SocketLike;
  /** Sent as the first frame when not null (a headset's device token). */
  token?: () => string | null;
  onFrame: (frame: ServerFrame) => void;
  onState?: (state: LinkState, detail: { code?: number; reason?: string }) => void;
  /** Local epoch ms; the same clock as the ping samples. */
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  random?: () => number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Ping cadence once the clock estimate has settled. */
  pingEveryMs?: number;
}

export interface HubLink {
  /** Sends if connected; returns whether it went. */
  send(body: HeadsetFrameBody | ConsoleFrameBody): boolean;
  state(): LinkState;
  clock(): ClockEstimate | null;
  /** The server's epoch ms now, by the current estimate (local time until one exists). */
  serverNow(): number;
  close(): void;
}

const OPEN = 1;
/** Close codes after which reconnecting would only be refused again (4408: no credentials). */
const FINAL_CODES = new Set([4000, 4401, 4403, 4408]);
/** Pings right after connecting, to settle the clock estimate quickly. */
const QUICK_PINGS = 5;

export function backoffDelay(
  attempt: number,
  random: () => number,
  initialMs = 1000,
  maxMs = 30_000,
): number {
  const base = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.5 + random() * 0.5));
}

export function createHubLink(opts: HubLinkOptions): HubLink {
  const random = opts.random ?? Math.random;
  const pingEveryMs = opts.pingEveryMs ?? 15_000;
  let socket: SocketLike | null = null;
  let state: LinkState = 'connecting';
  let attempt = 0;
  let stopped = false;
  let retryTimer: unknown = null;
  let pingTimer: unknown = null;
  let pingId = 0;
  let pings = 0;
  let filter: ClockFilter = createClockFilter();
  const sent = new Map<number, number>();

  const setState = (s: LinkState, detail: { code?: number; reason?: string } = {}) => {
    if (s === state && s !== 'offline') return;
    state = s;
    opts.onState?.(s, detail);
  };

  const schedulePing = () => {
    const wait = pings < QUICK_PINGS ? 300 : pingEveryMs;
    pingTimer = opts.setTimer(() => {
      if (!socket || socket.readyState !== OPEN) return;
      const id = ++pingId;
      const t0 = opts.now();
      sent.set(id, t0);
      if (sent.size > 16) sent.delete(sent.keys().next().value!);
      socket.send(encodeFrame({ type: 'ping', id, t0 }));
      pings += 1;
      schedulePing();
    }, wait);
  };

  const open = () => {
    if (stopped) return;
    setState('connecting');
    let s: SocketLike;
    try {
      s = opts.connect();
    } catch {
      return retry();
    }
    socket = s;
    s.onopen = () => {
      const token = opts.token?.() ?? null;
      if (token) s.send(encodeFrame({ type: 'auth', token }));
    };
    s.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return;
      const r = decodeFrame(ServerFrameSchema, ev.data);
      if (!r.ok) return;
      const frame = r.frame;
      if (frame.type === 'hello') {
        attempt = 0;
        pings = 0;
        setState('online');
        schedulePing();
      } else if (frame.type === 'pong') {
        const t0 = sent.get(frame.id);
        if (t0 === undefined) return;
        sent.delete(frame.id);
        filter = addClockSample(filter, { t0, t1: frame.t1, t2: frame.t2, t3: opts.now() });
      }
      opts.onFrame(frame);
    };
    s.onerror = () => undefined;
    s.onclose = (ev) => {
      if (socket !== s) return;
      socket = null;
      if (pingTimer !== null) opts.clearTimer(pingTimer);
      pingTimer = null;
      if (stopped) return;
      if (FINAL_CODES.has(ev.code)) {
        stopped = true;
        return setState('refused', { code: ev.code, reason: ev.reason });
      }
      setState('offline', { code: ev.code, reason: ev.reason });
      retry();
    };
  };

  const retry = () => {
    if (stopped) return;
    const delay = backoffDelay(attempt, random, opts.initialBackoffMs, opts.maxBackoffMs);
    attempt += 1;
    retryTimer = opts.setTimer(() => {
      retryTimer = null;
      open();
    }, delay);
  };

  open();

  return {
    send(body) {
      if (!socket || socket.readyState !== OPEN || state !== 'online') return false;
      socket.send(encodeFrame(body));
      return true;
    },
    state: () => state,
    clock: () => estimateClock(filter),
    serverNow: () => opts.now() + (estimateClock(filter)?.offsetMs ?? 0),
    close() {
      stopped = true;
      if (retryTimer !== null) opts.clearTimer(retryTimer);
      if (pingTimer !== null) opts.clearTimer(pingTimer);
      socket?.close(1000, 'closed');
      socket = null;
    },
  };
}
