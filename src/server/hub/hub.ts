import type { Principal } from '../auth/principal.ts';
import {
  ConsoleFrameSchema,
  HeadsetFrameSchema,
  decodeFrame,
  type ConsoleFrame,
  type HeadsetFrame,
  type HubErrorCode,
} from '../../core/protocol/messages.ts';
import { ChannelRegistry, type HubChannel } from './channels.ts';
import { CommandRouter } from './commands.ts';
import {
  CLOSE,
  createConnection,
  kindOf,
  mayReach,
  type Connection,
  type HeadsetEntry,
  type HubDirectory,
  type HubOptions,
  type HubSocket,
} from './connection.ts';
import { admitFrame, createBucket } from './rateLimit.ts';
import { HeadsetRoster, type OutboxReport } from './status.ts';

/** What the transport calls for an admitted connection's frames and its close. */
export interface ConnectionHandlers {
  onText(text: string): void;
  onBinary(bytes: Uint8Array): void;
  onClose(): void;
}

/**
 * Routes supervision traffic between headsets and consoles. Consoles see and command only their
 * own site's headsets; every frame is size-checked by the transport, rate-limited and validated
 * here; a bad frame gets an `error` frame and changes nothing; nothing a client sends can throw
 * out of the hub. This file admits connections and dispatches their frames; the parts live in
 * connection.ts (connections), status.ts (headset status to consoles), commands.ts (console
 * commands), rateLimit.ts (flood control) and channels.ts (extension point for rooms).
 */
export class Hub {
  private readonly roster: HeadsetRoster;
  private readonly guests = new Set<Connection>();
  private readonly channels: ChannelRegistry<Connection>;
  private readonly commands: CommandRouter;
  private readonly now: () => number;
  private readonly rate: { burst: number; perSecond: number };
  private readonly floodCloseAfter: number;
  private readonly onError: (err: unknown) => void;

  constructor(
    private readonly directory: HubDirectory,
    opts: HubOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.rate = opts.rate ?? { burst: 60, perSecond: 30 };
    this.floodCloseAfter = opts.floodCloseAfter ?? 500;
    this.onError = opts.onError ?? ((err) => console.error('hub:', err));
    const sendError = this.sendError.bind(this);
    this.roster = new HeadsetRoster(
      directory,
      this.now,
      opts.maxBufferedBytes ?? 512 * 1024,
      this.onError,
    );
    this.channels = new ChannelRegistry(sendError, (fn) => this.guard(fn));
    this.commands = new CommandRouter({
      headset: (id) => this.roster.headsets.get(id),
      residentSite: (id) => directory.residentSite(id),
      sendError,
      commandTimeoutMs: opts.commandTimeoutMs ?? 10_000,
      onError: this.onError,
    });
  }

  /** Adds a channel (see channels.ts). Names and binary tags must be unique. */
  registerChannel(channel: HubChannel): void {
    this.channels.register(channel);
  }

  /**
   * What each headset last told the hub about its outbox (for the admin health page): headsets
   * seen since the server started, online or not.
   */
  outboxReports(): OutboxReport[] {
    return this.roster.outboxReports();
  }

  /** Numbers for health checks and the bench. */
  stats(): { headsets: number; consoles: number; guests: number; pending: number } {
    let headsets = 0;
    for (const h of this.roster.headsets.values()) if (h.conn) headsets += 1;
    return {
      headsets,
      consoles: this.roster.consoles.size,
      guests: this.guests.size,
      pending: this.commands.size,
    };
  }

  /**
   * Admits an authenticated connection; returns the handlers the transport calls for its frames
   * and its close. A researcher or unknown headset is refused (closed) here.
   */
  async admit(socket: HubSocket, principal: Principal): Promise<ConnectionHandlers | null> {
    const kind = kindOf(principal);
    if (!kind) {
      socket.close(CLOSE.forbidden, 'This account may not use the hub');
      return null;
    }
    let entry: HeadsetEntry | undefined;
    if (principal.kind === 'headset') {
      const row = await this.directory.getHeadset(principal.headsetId);
      if (!row || row.siteId !== principal.siteId) {
        socket.close(CLOSE.unauthenticated, 'Unknown or revoked headset');
        return null;
      }
      entry = this.roster.entryFor(row);
    }
    const conn = createConnection(
      socket,
      principal,
      kind,
      createBucket(this.rate.burst, this.rate.perSecond, this.now()),
    );
    const hello = { type: 'hello', serverTimeMs: this.now(), headsetId: null, name: null } as const;
    if (entry) {
      const previous = entry.conn;
      entry.conn = conn;
      entry.seenAtMs = this.now();
      if (previous) {
        previous.closed = true;
        previous.close(CLOSE.replaced, 'Replaced by a newer connection from this headset');
      }
      conn.send({ ...hello, role: 'headset', headsetId: entry.id, name: entry.name });
      this.roster.broadcastSummary(entry);
      this.roster.touch(entry.id);
    } else if (kind === 'console') {
      this.roster.consoles.add(conn);
      conn.send({ ...hello, role: 'console' });
      await this.roster.sendSnapshot(conn);
    } else {
      this.guests.add(conn);
      conn.send({ ...hello, role: 'guest' });
    }
    return {
      onText: (text) => this.guard(() => this.onText(conn, text)),
      onBinary: (bytes) => this.guard(() => this.onBinary(conn, bytes)),
      onClose: () => this.guard(() => this.onClose(conn)),
    };
  }

  /** Closes a headset's connection (e.g. its token was revoked). */
  disconnectHeadset(headsetId: string, reason = 'The headset was revoked'): void {
    const entry = this.roster.headsets.get(headsetId);
    entry?.conn?.close(CLOSE.unauthenticated, reason);
  }

  /** Closes every connection (server shutdown) and waits for the hub's last writes. */
  async closeAll(): Promise<void> {
    const writesDone = this.roster.stop();
    this.commands.clear();
    const all = [...this.roster.consoles, ...this.guests];
    for (const h of this.roster.headsets.values()) if (h.conn) all.push(h.conn);
    for (const c of all) c.close(1001, 'The server is shutting down');
    await writesDone;
  }

  // ── frames ──────────────────────────────────────────────────────────────────────────────

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.onError(err);
    }
  }

  private admitFrame(conn: Connection): boolean {
    return admitFrame(conn, this.now(), this.floodCloseAfter, () =>
      this.sendError(conn, 'rate_limited', 'Too many messages: some were dropped'),
    );
  }

  private onText(conn: Connection, text: string): void {
    if (!this.admitFrame(conn)) return;
    if (conn.kind === 'headset') {
      const r = decodeFrame(HeadsetFrameSchema, text);
      if (!r.ok) return this.sendError(conn, r.code, r.message);
      this.onHeadsetFrame(conn, r.frame);
    } else if (conn.kind === 'console') {
      const r = decodeFrame(ConsoleFrameSchema, text);
      if (!r.ok) return this.sendError(conn, r.code, r.message);
      this.onConsoleFrame(conn, r.frame);
    } else {
      const r = decodeFrame(ConsoleFrameSchema, text);
      if (!r.ok) return this.sendError(conn, r.code, r.message);
      if (r.frame.type === 'ping') return this.pong(conn, r.frame.id, r.frame.t0);
      if (r.frame.type === 'channel') {
        return this.channels.text(conn, r.frame.channel, r.frame.data);
      }
      this.sendError(conn, 'not_allowed', 'Guests may only use channels');
    }
  }

  private onBinary(conn: Connection, bytes: Uint8Array): void {
    if (this.admitFrame(conn)) this.channels.binary(conn, bytes);
  }

  private onHeadsetFrame(conn: Connection, frame: HeadsetFrame): void {
    const entry = this.roster.headsets.get(conn.headsetId!);
    if (!entry || entry.conn !== conn) return;
    switch (frame.type) {
      case 'status':
        entry.status = frame.status;
        entry.seenAtMs = this.now();
        this.roster.linkResident(entry);
        return this.roster.broadcastSummary(entry);
      case 'pose':
        return this.roster.sendPose(entry, frame.p);
      case 'alert':
        return this.roster.toSiteConsoles(entry.siteId, {
          type: 'alert',
          headsetId: entry.id,
          alert: frame.alert,
        });
      case 'ack':
        return this.commands.ack(entry, frame);
      case 'ping':
        return this.pong(conn, frame.id, frame.t0);
      case 'channel':
        return this.channels.text(conn, frame.channel, frame.data);
      case 'auth':
        return this.sendError(conn, 'bad_frame', 'Already signed in');
    }
  }

  private onConsoleFrame(conn: Connection, frame: ConsoleFrame): void {
    switch (frame.type) {
      case 'command':
        return this.commands.command(conn, frame);
      case 'mirror': {
        const allowed = frame.headsetIds.filter((id) => {
          const e = this.roster.headsets.get(id);
          return e !== undefined && mayReach(conn, e.siteId);
        });
        conn.mirror = new Set(allowed);
        return;
      }
      case 'ping':
        return this.pong(conn, frame.id, frame.t0);
      case 'channel':
        return this.channels.text(conn, frame.channel, frame.data);
    }
  }

  private pong(conn: Connection, id: number, t0: number): void {
    const t1 = this.now();
    conn.send({ type: 'pong', id, t0, t1, t2: this.now() });
  }

  private onClose(conn: Connection): void {
    conn.closed = true;
    this.roster.consoles.delete(conn);
    this.guests.delete(conn);
    this.channels.closed(conn);
    this.commands.forget(conn);
    if (conn.headsetId) {
      const entry = this.roster.headsets.get(conn.headsetId);
      if (entry && entry.conn === conn) {
        entry.conn = null;
        this.roster.broadcastSummary(entry);
        this.roster.touch(entry.id);
      }
    }
  }

  private sendError(conn: Connection, code: HubErrorCode, message: string, ref?: string): void {
    conn.send({ type: 'error', code, message, ...(ref ? { ref } : {}) });
  }
}
