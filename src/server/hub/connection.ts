import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import { PROTOCOL_VERSION, encodeFrame, type HeadsetStatus } from '../../core/protocol/messages.ts';
import type { ClientKind, HubClient } from './channels.ts';
import { FLOOD_CLOSE, type TokenBucket } from './rateLimit.ts';

/** What the hub needs from storage (see storage/hubHeadsets.ts). */
export interface HubDirectory {
  listHeadsets(siteId: string | null): Promise<{ id: string; siteId: string; name: string }[]>;
  getHeadset(id: string): Promise<{ id: string; siteId: string; name: string } | null>;
  touchHeadset(id: string, at: Date): Promise<void>;
  residentSite(residentId: string): Promise<string | null>;
  linkSessionResident(sessionId: string, headsetId: string, residentId: string): Promise<boolean>;
}

/** The transport under a connection (a `ws` WebSocket in the server, a fake in unit tests). */
export interface HubSocket {
  send(data: string | Uint8Array): void;
  close(code: number, reason: string): void;
  readonly bufferedAmount: number;
}

export interface HubOptions {
  now?: () => number;
  /** Per connection: frames at once, and frames per second after that. */
  rate?: { burst: number; perSecond: number };
  /** A connection that has this many frames dropped in a row is closed (4429). */
  floodCloseAfter?: number;
  /** How long a console waits for a headset to acknowledge a command. */
  commandTimeoutMs?: number;
  /** A console whose send buffer holds more than this gets no head poses until it drains. */
  maxBufferedBytes?: number;
  onError?: (err: unknown) => void;
}

export const CLOSE = {
  replaced: 4000,
  unauthenticated: 4401,
  forbidden: 4403,
  authTimeout: 4408,
  flood: FLOOD_CLOSE,
} as const;

export interface Connection extends HubClient {
  readonly socket: HubSocket;
  readonly bucket: TokenBucket;
  mirror: ReadonlySet<string>;
  lastRateErrorMs: number;
  closed: boolean;
}

export interface HeadsetEntry {
  id: string;
  siteId: string;
  name: string;
  conn: Connection | null;
  status: HeadsetStatus | null;
  seenAtMs: number | null;
  /** The resident of the plan staff last prepared on this headset (it acknowledged it). */
  preparedResident: string | null;
  /** The session already recorded as theirs. */
  linkedSession: string | null;
}

export interface Pending {
  console: Connection;
  headsetId: string;
  /** For a prepare: the resident it is for. */
  residentId: string | null;
  isPrepare: boolean;
  timer: ReturnType<typeof setTimeout>;
}

/** A connection's state and its send/close helpers (frames are dropped once it is closed). */
export function createConnection(
  socket: HubSocket,
  principal: Principal,
  kind: ClientKind,
  bucket: TokenBucket,
): Connection {
  const conn: Connection = {
    id: randomUUID(),
    kind,
    principal,
    siteId: principal.kind === 'guest' ? null : principal.siteId,
    headsetId: principal.kind === 'headset' ? principal.headsetId : null,
    socket,
    bucket,
    mirror: new Set(),
    lastRateErrorMs: -Infinity,
    closed: false,
    send: (frame) => {
      if (!conn.closed) socket.send(encodeFrame(frame));
    },
    sendChannel: (channel, data) => {
      if (!conn.closed)
        socket.send(JSON.stringify({ v: PROTOCOL_VERSION, type: 'channel', channel, data }));
    },
    sendBinary: (bytes) => {
      if (!conn.closed) socket.send(bytes);
    },
    close: (code, reason) => {
      socket.close(code, reason);
    },
  };
  return conn;
}

export function kindOf(p: Principal): ClientKind | null {
  if (p.kind === 'headset') return 'headset';
  if (p.kind === 'guest') return 'guest';
  return p.role === 'staff' || p.role === 'admin' ? 'console' : null;
}

/** A console reaches its own site's headsets; a user with no site reaches every site. */
export function mayReach(conn: Connection, siteId: string): boolean {
  return conn.siteId === null || conn.siteId === siteId;
}
