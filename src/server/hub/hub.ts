import type { Principal } from '../auth/principal.ts';
import { checkCommand } from '../../core/protocol/headsetMachine.ts';
import {
  ConsoleFrameSchema,
  HeadsetFrameSchema,
  decodeFrame,
  encodeFrame,
  type ConsoleFrame,
  type HeadsetFrame,
  type HeadsetSummary,
  type HubErrorCode,
  type ServerFrameBody,
} from '../../core/protocol/messages.ts';
import type { HubChannel } from './channels.ts';
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
  type Pending,
} from './connection.ts';
import { createBucket, take } from './rateLimit.ts';

/**
 * Routes supervision traffic between headsets and consoles. Consoles see and command only their
 * own site's headsets; every frame is size-checked by the transport, rate-limited and validated
 * here; a bad frame gets an `error` frame and changes nothing; nothing a client sends can throw
 * out of the hub.
 */
export class Hub {
  private readonly headsets = new Map<string, HeadsetEntry>();
  private readonly consoles = new Set<Connection>();
  private readonly guests = new Set<Connection>();
  private readonly pending = new Map<string, Pending>();
  private readonly channels = new Map<string, HubChannel>();
  private readonly binaryChannels = new Map<number, HubChannel>();
  private readonly now: () => number;
  private readonly rate: { burst: number; perSecond: number };
  private readonly floodCloseAfter: number;
  private readonly commandTimeoutMs: number;
  private readonly maxBufferedBytes: number;
  private readonly onError: (err: unknown) => void;
  private readonly writes = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly directory: HubDirectory,
    opts: HubOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.rate = opts.rate ?? { burst: 60, perSecond: 30 };
    this.floodCloseAfter = opts.floodCloseAfter ?? 500;
    this.commandTimeoutMs = opts.commandTimeoutMs ?? 10_000;
    this.maxBufferedBytes = opts.maxBufferedBytes ?? 512 * 1024;
    this.onError = opts.onError ?? ((err) => console.error('hub:', err));
  }

  /** Adds a channel (see channels.ts). Names and binary tags must be unique. */
  registerChannel(channel: HubChannel): void {
    if (this.channels.has(channel.name)) throw new Error(`channel ${channel.name} exists`);
    const tag = channel.binaryTag;
    if (tag !== undefined) {
      if (!Number.isInteger(tag) || tag < 1 || tag > 255) throw new Error(`bad binary tag ${tag}`);
      if (this.binaryChannels.has(tag)) throw new Error(`binary tag ${tag} is taken`);
      this.binaryChannels.set(tag, channel);
    }
    this.channels.set(channel.name, channel);
  }

  /**
   * What each headset last told the hub about its outbox (for the admin health page): headsets
   * seen since the server started, online or not.
   */
  outboxReports(): {
    headsetId: string;
    siteId: string;
    name: string;
    online: boolean;
    unsentLogItems: number;
    seenAtMs: number | null;
  }[] {
    const out = [];
    for (const e of this.headsets.values()) {
      if (!e.status) continue;
      out.push({
        headsetId: e.id,
        siteId: e.siteId,
        name: e.name,
        online: e.conn !== null,
        unsentLogItems: e.status.unsentLogItems,
        seenAtMs: e.seenAtMs,
      });
    }
    return out;
  }

  /** Numbers for health checks and the bench. */
  stats(): { headsets: number; consoles: number; guests: number; pending: number } {
    let headsets = 0;
    for (const h of this.headsets.values()) if (h.conn) headsets += 1;
    return {
      headsets,
      consoles: this.consoles.size,
      guests: this.guests.size,
      pending: this.pending.size,
    };
  }

  /**
   * Admits an authenticated connection; returns the handlers the transport calls for its frames
   * and its close. A researcher or unknown headset is refused (closed) here.
   */
  async admit(
    socket: HubSocket,
    principal: Principal,
  ): Promise<{
    onText(text: string): void;
    onBinary(bytes: Uint8Array): void;
    onClose(): void;
  } | null> {
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
      entry = this.entryFor(row);
    }
    const conn = createConnection(
      socket,
      principal,
      kind,
      createBucket(this.rate.burst, this.rate.perSecond, this.now()),
    );
    if (entry) {
      const previous = entry.conn;
      entry.conn = conn;
      entry.seenAtMs = this.now();
      if (previous) {
        previous.closed = true;
        previous.close(CLOSE.replaced, 'Replaced by a newer connection from this headset');
      }
      conn.send({
        type: 'hello',
        role: 'headset',
        serverTimeMs: this.now(),
        headsetId: entry.id,
        name: entry.name,
      });
      this.broadcastSummary(entry);
      this.touch(entry.id);
    } else if (kind === 'console') {
      this.consoles.add(conn);
      conn.send({
        type: 'hello',
        role: 'console',
        serverTimeMs: this.now(),
        headsetId: null,
        name: null,
      });
      await this.sendSnapshot(conn);
    } else {
      this.guests.add(conn);
      conn.send({
        type: 'hello',
        role: 'guest',
        serverTimeMs: this.now(),
        headsetId: null,
        name: null,
      });
    }
    return {
      onText: (text) => this.guard(() => this.onText(conn, text)),
      onBinary: (bytes) => this.guard(() => this.onBinary(conn, bytes)),
      onClose: () => this.guard(() => this.onClose(conn)),
    };
  }

  /** Closes a headset's connection (e.g. its token was revoked). */
  disconnectHeadset(headsetId: string, reason = 'The headset was revoked'): void {
    const entry = this.headsets.get(headsetId);
    entry?.conn?.close(CLOSE.unauthenticated, reason);
  }

  /** Closes every connection (server shutdown) and waits for the hub's last writes. */
  async closeAll(): Promise<void> {
    this.stopped = true;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    const all = [...this.consoles, ...this.guests];
    for (const h of this.headsets.values()) if (h.conn) all.push(h.conn);
    for (const c of all) c.close(1001, 'The server is shutting down');
    await Promise.all([...this.writes]);
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
    if (conn.closed) return false;
    if (take(conn.bucket, this.now())) return true;
    if (conn.bucket.droppedRun >= this.floodCloseAfter) {
      conn.close(CLOSE.flood, 'Too many messages');
      return false;
    }
    const now = this.now();
    if (now - conn.lastRateErrorMs >= 1000) {
      conn.lastRateErrorMs = now;
      this.sendError(conn, 'rate_limited', 'Too many messages: some were dropped');
    }
    return false;
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
      if (r.frame.type === 'channel') return this.toChannel(conn, r.frame.channel, r.frame.data);
      this.sendError(conn, 'not_allowed', 'Guests may only use channels');
    }
  }

  private onBinary(conn: Connection, bytes: Uint8Array): void {
    if (!this.admitFrame(conn)) return;
    const channel = bytes.length > 0 ? this.binaryChannels.get(bytes[0]!) : undefined;
    if (!channel?.onBinary || !channel.accepts(conn)) {
      return this.sendError(conn, 'unknown_channel', 'No channel takes this binary frame');
    }
    channel.onBinary(conn, bytes);
  }

  private toChannel(conn: Connection, name: string, data: unknown): void {
    const channel = this.channels.get(name);
    if (!channel?.onText || !channel.accepts(conn)) {
      return this.sendError(conn, 'unknown_channel', `No channel "${name}" here`, name);
    }
    channel.onText(conn, data);
  }

  private onHeadsetFrame(conn: Connection, frame: HeadsetFrame): void {
    const entry = this.headsets.get(conn.headsetId!);
    if (!entry || entry.conn !== conn) return;
    switch (frame.type) {
      case 'status':
        entry.status = frame.status;
        entry.seenAtMs = this.now();
        this.linkResident(entry);
        return this.broadcastSummary(entry);
      case 'pose': {
        const text = encodeFrame({ type: 'pose', headsetId: entry.id, p: frame.p });
        for (const c of this.consoles) {
          if (c.mirror.has(entry.id) && c.socket.bufferedAmount < this.maxBufferedBytes) {
            c.socket.send(text);
          }
        }
        return;
      }
      case 'alert':
        return this.toSiteConsoles(entry.siteId, {
          type: 'alert',
          headsetId: entry.id,
          alert: frame.alert,
        });
      case 'ack': {
        const p = this.pending.get(frame.commandId);
        if (!p || p.headsetId !== entry.id) return;
        clearTimeout(p.timer);
        this.pending.delete(frame.commandId);
        if (frame.ok && p.residentId !== undefined && p.isPrepare) {
          entry.preparedResident = p.residentId;
          entry.linkedSession = null;
        }
        const result: ServerFrameBody = {
          type: 'command_result',
          commandId: frame.commandId,
          headsetId: entry.id,
          ok: frame.ok,
          ...(frame.reason ? { reason: frame.reason } : {}),
        };
        if (!p.console.closed) p.console.send(result);
        return;
      }
      case 'ping':
        return this.pong(conn, frame.id, frame.t0);
      case 'channel':
        return this.toChannel(conn, frame.channel, frame.data);
      case 'auth':
        return this.sendError(conn, 'bad_frame', 'Already signed in');
    }
  }

  private onConsoleFrame(conn: Connection, frame: ConsoleFrame): void {
    switch (frame.type) {
      case 'command':
        return this.command(conn, frame);
      case 'mirror': {
        const allowed = frame.headsetIds.filter((id) => {
          const e = this.headsets.get(id);
          return e !== undefined && mayReach(conn, e.siteId);
        });
        conn.mirror = new Set(allowed);
        return;
      }
      case 'ping':
        return this.pong(conn, frame.id, frame.t0);
      case 'channel':
        return this.toChannel(conn, frame.channel, frame.data);
    }
  }

  private command(conn: Connection, frame: Extract<ConsoleFrame, { type: 'command' }>): void {
    const entry = this.headsets.get(frame.headsetId);
    const refuse = (reason: string) =>
      conn.send({
        type: 'command_result',
        commandId: frame.id,
        headsetId: frame.headsetId,
        ok: false,
        reason,
      });
    // Another site's headset is answered exactly like one that does not exist.
    if (!entry || !mayReach(conn, entry.siteId)) {
      this.sendError(conn, 'unknown_headset', 'No such headset at your site', frame.id);
      return refuse('No such headset at your site');
    }
    if (this.pending.has(frame.id)) return; // a repeat of a command on its way: once is enough
    const check = checkCommand(entry.status, entry.conn !== null, frame.command);
    if (!check.ok) return refuse(check.reason);
    const residentId = frame.command.kind === 'prepare' ? frame.command.plan.residentId : null;
    if (residentId === null) return this.forward(conn, entry, frame, null);
    // A resident must belong to the headset's site (and not be erased).
    this.directory.residentSite(residentId).then((site) => {
      if (site !== entry.siteId) return refuse('No such resident at this site');
      if (!entry.conn) return refuse('The headset is not connected');
      this.forward(conn, entry, frame, residentId);
    }, this.onError);
  }

  private forward(
    conn: Connection,
    entry: HeadsetEntry,
    frame: Extract<ConsoleFrame, { type: 'command' }>,
    residentId: string | null,
  ): void {
    if (conn.closed || this.pending.has(frame.id)) return;
    const timer = setTimeout(() => {
      if (this.pending.delete(frame.id) && !conn.closed) {
        conn.send({
          type: 'command_result',
          commandId: frame.id,
          headsetId: entry.id,
          ok: false,
          reason: 'The headset did not answer in time',
        });
      }
    }, this.commandTimeoutMs);
    timer.unref?.();
    this.pending.set(frame.id, {
      console: conn,
      headsetId: entry.id,
      residentId,
      isPrepare: frame.command.kind === 'prepare',
      timer,
    });
    entry.conn!.send({ type: 'command', id: frame.id, command: frame.command });
  }

  /** Once a prepared session is running and on the server, record whom it was for. */
  private linkResident(entry: HeadsetEntry): void {
    const s = entry.status;
    if (!s || s.state === 'idle') {
      if (s && entry.linkedSession) entry.preparedResident = null;
      return;
    }
    const resident = entry.preparedResident;
    if (s.state !== 'in_session' || !s.sessionId || !resident || s.residentId !== resident) return;
    if (entry.linkedSession === s.sessionId || this.stopped) return;
    const sessionId = s.sessionId;
    const w = this.directory
      .linkSessionResident(sessionId, entry.id, resident)
      .then((done) => {
        if (done) entry.linkedSession = sessionId;
      }, this.onError)
      .finally(() => this.writes.delete(w));
    this.writes.add(w);
  }

  private pong(conn: Connection, id: number, t0: number): void {
    const t1 = this.now();
    conn.send({ type: 'pong', id, t0, t1, t2: this.now() });
  }

  private onClose(conn: Connection): void {
    conn.closed = true;
    this.consoles.delete(conn);
    this.guests.delete(conn);
    for (const ch of this.channels.values()) this.guard(() => ch.onClose?.(conn));
    for (const [id, p] of this.pending) {
      if (p.console === conn) {
        clearTimeout(p.timer);
        this.pending.delete(id);
      }
    }
    if (conn.headsetId) {
      const entry = this.headsets.get(conn.headsetId);
      if (entry && entry.conn === conn) {
        entry.conn = null;
        this.broadcastSummary(entry);
        this.touch(entry.id);
      }
    }
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  private entryFor(row: { id: string; siteId: string; name: string }): HeadsetEntry {
    let e = this.headsets.get(row.id);
    if (!e) {
      e = {
        ...row,
        conn: null,
        status: null,
        seenAtMs: null,
        preparedResident: null,
        linkedSession: null,
      };
      this.headsets.set(row.id, e);
    } else {
      e.name = row.name;
    }
    return e;
  }

  private summary(e: HeadsetEntry): HeadsetSummary {
    return {
      headsetId: e.id,
      name: e.name,
      online: e.conn !== null,
      status: e.status,
      seenAtMs: e.seenAtMs,
    };
  }

  private async sendSnapshot(conn: Connection): Promise<void> {
    const rows = await this.directory.listHeadsets(conn.siteId);
    const headsets = rows.map((r) => this.summary(this.entryFor(r)));
    if (!conn.closed) conn.send({ type: 'headsets', headsets });
  }

  private broadcastSummary(e: HeadsetEntry): void {
    this.toSiteConsoles(e.siteId, { type: 'headset', headset: this.summary(e) });
  }

  private toSiteConsoles(siteId: string, frame: ServerFrameBody): void {
    const text = encodeFrame(frame);
    for (const c of this.consoles) if (mayReach(c, siteId)) c.socket.send(text);
  }

  private sendError(conn: Connection, code: HubErrorCode, message: string, ref?: string): void {
    conn.send({ type: 'error', code, message, ...(ref ? { ref } : {}) });
  }

  private touch(headsetId: string): void {
    if (this.stopped) return;
    const w = this.directory
      .touchHeadset(headsetId, new Date(this.now()))
      .catch(this.onError)
      .finally(() => this.writes.delete(w));
    this.writes.add(w);
  }
}
