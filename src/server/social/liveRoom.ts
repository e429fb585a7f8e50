import type { SocialServerMessage } from '../../core/social/messages.ts';
import { roomView } from '../../core/social/messages.ts';
import type { RoomActor } from '../../core/social/permissions.ts';
import { findMember, type RoomState } from '../../core/social/room.ts';
import type { SocialRoomRecord } from '../storage/social.ts';

/** What the room service needs of a socket: the WebSocket adapter and tests both provide it. */
export interface SocialTransport {
  send(msg: SocialServerMessage): void;
  sendBinary(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet sent: poses are skipped for a receiver that is falling behind. */
  bufferedAmount(): number;
}

/** One socket in a room: a member (seated or waiting) or a staff moderator without a seat. */
export interface RoomPeer {
  actor: RoomActor;
  transport: SocialTransport;
  role: 'participant' | 'moderator';
  memberSession: string | null;
}

/** Receivers with more than this queued get no poses until they catch up (poses are perishable). */
export const SLOW_RECEIVER_BYTES = 64 * 1024;

/** A room that is open in this server process: its state and who is connected. */
export class LiveRoom {
  readonly peers = new Set<RoomPeer>();
  /** The connection of each member, by member id (one each: a newer one replaces the older). */
  readonly memberPeers = new Map<string, RoomPeer>();
  /** Seat → member id, for stamping and routing pose frames without a search. */
  readonly seatOf = new Map<string, number>();
  /** Log writes run one after another so a room's events keep their order. */
  logChain: Promise<void> = Promise.resolve();

  constructor(
    readonly record: SocialRoomRecord,
    public state: RoomState,
  ) {}

  setState(next: RoomState): void {
    this.state = next;
    this.seatOf.clear();
    for (const m of next.members) {
      if (m.status === 'admitted' && m.seat !== null) this.seatOf.set(m.id, m.seat);
    }
  }

  send(peer: RoomPeer, msg: SocialServerMessage): void {
    try {
      peer.transport.send(msg);
    } catch {
      // A socket that is closing: its close handler tidies up.
    }
  }

  broadcastView(nowMs: number): void {
    const msg: SocialServerMessage = { t: 'room', room: roomView(this.state), serverNowMs: nowMs };
    for (const peer of this.peers) {
      try {
        peer.transport.send(msg);
      } catch {
        // closing
      }
    }
  }

  /** Relays one stamped pose frame to every other seated member. Returns how many got it. */
  relayPose(fromId: string, frame: Uint8Array): number {
    let sent = 0;
    for (const [id, peer] of this.memberPeers) {
      if (id === fromId || !this.seatOf.has(id)) continue;
      if (peer.transport.bufferedAmount() > SLOW_RECEIVER_BYTES) continue;
      try {
        peer.transport.sendBinary(frame);
        sent++;
      } catch {
        // closing
      }
    }
    return sent;
  }

  isSeated(memberId: string): boolean {
    return findMember(this.state, memberId)?.status === 'admitted';
  }
}
