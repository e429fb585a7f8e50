import { checkCommand } from '../../core/protocol/headsetMachine.ts';
import type {
  ConsoleFrame,
  HeadsetFrame,
  HubErrorCode,
  ServerFrameBody,
} from '../../core/protocol/messages.ts';
import { mayReach, type Connection, type HeadsetEntry, type Pending } from './connection.ts';

type CommandFrame = Extract<ConsoleFrame, { type: 'command' }>;
type AckFrame = Extract<HeadsetFrame, { type: 'ack' }>;

/** What the command router needs from the hub around it. */
export interface CommandContext {
  headset(id: string): HeadsetEntry | undefined;
  /** The site of a resident (null when unknown or erased). */
  residentSite(residentId: string): Promise<string | null>;
  sendError(conn: Connection, code: HubErrorCode, message: string, ref?: string): void;
  commandTimeoutMs: number;
  onError(err: unknown): void;
}

/**
 * Commands from consoles to headsets: checked against the headset's state and site, forwarded,
 * and answered to the console that sent them once the headset acknowledges (or after a timeout).
 * A prepare for a resident is checked against the headset's site first.
 */
export class CommandRouter {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly ctx: CommandContext) {}

  get size(): number {
    return this.pending.size;
  }

  command(conn: Connection, frame: CommandFrame): void {
    const entry = this.ctx.headset(frame.headsetId);
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
      this.ctx.sendError(conn, 'unknown_headset', 'No such headset at your site', frame.id);
      return refuse('No such headset at your site');
    }
    if (this.pending.has(frame.id)) return; // a repeat of a command on its way: once is enough
    const check = checkCommand(entry.status, entry.conn !== null, frame.command);
    if (!check.ok) return refuse(check.reason);
    const residentId = frame.command.kind === 'prepare' ? frame.command.plan.residentId : null;
    if (residentId === null) return this.forward(conn, entry, frame, null);
    // A resident must belong to the headset's site (and not be erased).
    this.ctx.residentSite(residentId).then((site) => {
      if (site !== entry.siteId) return refuse('No such resident at this site');
      if (!entry.conn) return refuse('The headset is not connected');
      this.forward(conn, entry, frame, residentId);
    }, this.ctx.onError);
  }

  /** A headset's answer: goes back to the console that asked; a prepare remembers its resident. */
  ack(entry: HeadsetEntry, frame: AckFrame): void {
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
  }

  /** A console went away: nobody is waiting for its answers any more. */
  forget(conn: Connection): void {
    for (const [id, p] of this.pending) {
      if (p.console === conn) {
        clearTimeout(p.timer);
        this.pending.delete(id);
      }
    }
  }

  clear(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }

  private forward(
    conn: Connection,
    entry: HeadsetEntry,
    frame: CommandFrame,
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
    }, this.ctx.commandTimeoutMs);
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
}
