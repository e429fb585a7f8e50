import {
  encodeFrame,
  type HeadsetSummary,
  type Pose,
  type ServerFrameBody,
} from '../../core/protocol/messages.ts';
import { mayReach, type Connection, type HeadsetEntry, type HubDirectory } from './connection.ts';

/** A headset's outbox as last reported (for the admin health page). */
export interface OutboxReport {
  headsetId: string;
  siteId: string;
  name: string;
  online: boolean;
  unsentLogItems: number;
  seenAtMs: number | null;
}

/**
 * Headsets and the consoles that watch them: what each headset last reported, fanned out to
 * its site's consoles (status, alerts, head poses for mirrors), and the few writes that follow
 * (last seen; whom a prepared session was for). Writes are tracked so shutdown can wait.
 */
export class HeadsetRoster {
  readonly headsets = new Map<string, HeadsetEntry>();
  readonly consoles = new Set<Connection>();
  private readonly writes = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly directory: HubDirectory,
    private readonly now: () => number,
    private readonly maxBufferedBytes: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  entryFor(row: { id: string; siteId: string; name: string }): HeadsetEntry {
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

  summary(e: HeadsetEntry): HeadsetSummary {
    return {
      headsetId: e.id,
      name: e.name,
      online: e.conn !== null,
      status: e.status,
      seenAtMs: e.seenAtMs,
    };
  }

  /** Every headset of the console's site(s), as one `headsets` frame. */
  async sendSnapshot(conn: Connection): Promise<void> {
    const rows = await this.directory.listHeadsets(conn.siteId);
    const headsets = rows.map((r) => this.summary(this.entryFor(r)));
    if (!conn.closed) conn.send({ type: 'headsets', headsets });
  }

  broadcastSummary(e: HeadsetEntry): void {
    this.toSiteConsoles(e.siteId, { type: 'headset', headset: this.summary(e) });
  }

  toSiteConsoles(siteId: string, frame: ServerFrameBody): void {
    const text = encodeFrame(frame);
    for (const c of this.consoles) if (mayReach(c, siteId)) c.socket.send(text);
  }

  /** A head pose goes only to consoles mirroring this headset, and not to a backed-up one. */
  sendPose(entry: HeadsetEntry, p: Pose): void {
    const text = encodeFrame({ type: 'pose', headsetId: entry.id, p });
    for (const c of this.consoles) {
      if (c.mirror.has(entry.id) && c.socket.bufferedAmount < this.maxBufferedBytes) {
        c.socket.send(text);
      }
    }
  }

  /** Once a prepared session is running and on the server, record whom it was for. */
  linkResident(entry: HeadsetEntry): void {
    const s = entry.status;
    if (!s || s.state === 'idle') {
      if (s && entry.linkedSession) entry.preparedResident = null;
      return;
    }
    const resident = entry.preparedResident;
    if (s.state !== 'in_session' || !s.sessionId || !resident || s.residentId !== resident) return;
    if (entry.linkedSession === s.sessionId || this.stopped) return;
    const sessionId = s.sessionId;
    this.track(
      this.directory.linkSessionResident(sessionId, entry.id, resident).then((done) => {
        if (done) entry.linkedSession = sessionId;
      }, this.onError),
    );
  }

  /** Records when a headset was last seen (it connected or went away). */
  touch(headsetId: string): void {
    if (this.stopped) return;
    this.track(this.directory.touchHeadset(headsetId, new Date(this.now())).catch(this.onError));
  }

  outboxReports(): OutboxReport[] {
    const out: OutboxReport[] = [];
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

  /** No more writes; resolves when the last ones are done. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.writes]);
  }

  private track(write: Promise<void>): void {
    const w = write.finally(() => this.writes.delete(w));
    this.writes.add(w);
  }
}
