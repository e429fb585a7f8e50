import { POSE_BUCKET, TEXT_BUCKET, createBucket, takeToken } from '../../core/social/rateLimit.ts';
import {
  MAX_TEXT_BYTES,
  SocialClientMessageSchema,
  type IceServer,
  type SocialClientMessage,
} from '../../core/social/messages.ts';
import type { RoomActor } from '../../core/social/permissions.ts';
import { mayReachRoom } from '../../core/social/permissions.ts';
import { checkPoseFrame, stampSenderSeat } from '../../core/social/poseCodec.ts';
import {
  applyRoomCommand,
  createRoom,
  findMember,
  type RoomCommand,
  type RoomLogEntry,
  type SocialSceneId,
} from '../../core/social/room.ts';
import { parseSnapshot, restoreRoom, snapshotOf } from '../../core/social/roomSnapshot.ts';
import { voiceMembers } from '../../core/social/voice.ts';
import { roomView } from '../../core/social/messages.ts';
import type { Database } from '../db/database.ts';
import {
  appendRoomEvents,
  createSocialRoom,
  endSocialRoom,
  getSocialRoom,
  loadRoomState,
  saveRoomState,
  type SocialRoomRecord,
} from '../storage/social.ts';
import { LiveRoom, type RoomPeer, type SocialTransport } from './liveRoom.ts';

/** Handlers the socket adapter calls for one connection. */
export interface SocialConnection {
  /** A JSON text message, as received (size-checked and parsed here). */
  onText(text: string): void;
  /** An already-parsed message (the hub parses its channel frames). */
  onData(data: unknown): void;
  onBinary(bytes: Uint8Array): void;
  onClose(): void;
}

export interface SocialStats {
  posesIn: number;
  posesRelayed: number;
  posesDropped: number;
  badFrames: number;
  textRefused: number;
}

export interface SocialRoomsOptions {
  database: Database;
  now?: () => number;
  iceServers?: IceServer[];
  log?: (message: string, error?: unknown) => void;
}

/**
 * Every open social room in this process. Commands go through the pure room state machine; the
 * resulting log entries are stored as events of the room's session; poses are checked, stamped
 * with their sender's seat and relayed; WebRTC signalling is relayed between seated members of
 * the voice mesh. Bad input is dropped or answered with `refused`, never thrown: the room goes on.
 */
export class SocialRooms {
  readonly stats: SocialStats = {
    posesIn: 0,
    posesRelayed: 0,
    posesDropped: 0,
    badFrames: 0,
    textRefused: 0,
  };
  private readonly live = new Map<string, LiveRoom>();
  private readonly loading = new Map<string, Promise<LiveRoom | null>>();
  private readonly now: () => number;
  private readonly ice: IceServer[];
  private readonly log: (message: string, error?: unknown) => void;

  constructor(private readonly opts: SocialRoomsOptions) {
    this.now = opts.now ?? Date.now;
    this.ice = opts.iceServers ?? [];
    this.log = opts.log ?? ((m, e) => console.error(m, e));
  }

  async createRoom(init: { siteId: string; scene: SocialSceneId; createdBy: string | null }) {
    const record = await createSocialRoom(this.opts.database.db, { ...init, nowMs: this.now() });
    return this.register(record);
  }

  /** The live room (loading it from the database after a restart), or null if none is open. */
  async room(id: string): Promise<LiveRoom | null> {
    const have = this.live.get(id);
    if (have) return have;
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.restore(id);
      this.loading.set(id, pending);
      void pending.finally(() => this.loading.delete(id));
    }
    return pending;
  }

  liveRoom(id: string): LiveRoom | undefined {
    return this.live.get(id);
  }

  /** A room this process has not held yet: from its row, and its state as last stored. */
  private async restore(id: string): Promise<LiveRoom | null> {
    const db = this.opts.database.db;
    const record = await getSocialRoom(db, id);
    if (!record || record.endedAt) return null;
    const snapshot = parseSnapshot(await loadRoomState(db, id));
    const have = this.live.get(id);
    if (have) return have;
    const room = this.register(record);
    if (snapshot) {
      const restored = restoreRoom(room.state, snapshot);
      room.setState(restored.state);
      this.record(room, restored.log, null);
      this.persist(room);
    }
    return room;
  }

  private register(record: SocialRoomRecord): LiveRoom {
    const state = createRoom({
      id: record.id,
      siteId: record.siteId,
      scene: record.scene,
      nowMs: Date.parse(record.createdAt),
    });
    const room = new LiveRoom(record, state);
    this.live.set(record.id, room);
    return room;
  }

  /** Applies a command for `actor` (from a socket or an HTTP route). */
  async command(
    room: LiveRoom,
    actor: RoomActor,
    cmd: RoomCommand,
    memberSession: string | null = null,
  ) {
    const nowMs = this.now();
    const before = room.state;
    const r = applyRoomCommand(room.state, actor, cmd, nowMs);
    if (!r.ok) return r;
    room.setState(r.state);
    this.record(room, r.log, memberSession);
    if (r.state !== before && cmd.type !== 'end') this.persist(room);
    if (cmd.type === 'remove') this.dismiss(room, cmd.memberId, 'removed');
    if (cmd.type === 'end') {
      await room.logChain;
      await endSocialRoom(this.opts.database.db, room.record.id, nowMs);
      room.broadcastView(nowMs);
      for (const peer of [...room.peers]) {
        room.send(peer, { t: 'bye', reason: 'ended' });
        peer.transport.close(1000, 'room ended');
      }
      room.peers.clear();
      room.memberPeers.clear();
      this.live.delete(room.record.id);
      return r;
    }
    room.broadcastView(nowMs);
    return r;
  }

  private record(room: LiveRoom, log: RoomLogEntry[], memberSession: string | null) {
    if (log.length === 0) return;
    const entries = log.map((entry) => ({
      entry,
      memberSession: entry.type === 'social_joined' ? memberSession : null,
    }));
    const nowMs = this.now();
    room.logChain = room.logChain
      .then(() => appendRoomEvents(this.opts.database.db, room.record, entries, nowMs))
      .catch((e) => this.log(`social room ${room.record.id}: could not store events`, e));
  }

  /** Stores the room's state after its events, in order, so a restart finds the latest. */
  private persist(room: LiveRoom) {
    const json = JSON.stringify(snapshotOf(room.state));
    const nowMs = this.now();
    room.logChain = room.logChain
      .then(() => saveRoomState(this.opts.database.db, room.record.id, json, nowMs))
      .catch((e) => this.log(`social room ${room.record.id}: could not store its state`, e));
  }

  private dismiss(room: LiveRoom, memberId: string, reason: 'removed') {
    const peer = room.memberPeers.get(memberId);
    if (!peer) return;
    room.memberPeers.delete(memberId);
    room.peers.delete(peer);
    room.send(peer, { t: 'bye', reason });
    peer.transport.close(4003, reason);
  }

  /** A new socket for `actor`. Its first text message must be `join`. */
  attach(actor: RoomActor, transport: SocialTransport, fixedName?: string): SocialConnection {
    const textBucket = createBucket(TEXT_BUCKET.capacity, TEXT_BUCKET.perSecond, this.now());
    const poseBucket = createBucket(POSE_BUCKET.capacity, POSE_BUCKET.perSecond, this.now());
    let room: LiveRoom | null = null;
    let peer: RoomPeer | null = null;
    let closed = false;
    let chain: Promise<void> = Promise.resolve();
    const refuse = (refusal: string, message: string) => {
      this.stats.textRefused++;
      try {
        transport.send({ t: 'refused', refusal, message });
      } catch {
        // closing
      }
    };

    const handle = async (msg: SocialClientMessage) => {
      if (closed) return;
      if (msg.t === 'ping') {
        transport.send({ t: 'pong', clientMs: msg.clientMs, serverNowMs: this.now() });
        return;
      }
      if (msg.t === 'join') {
        if (peer) return refuse('already_joined', 'this connection is already in a room');
        const target = await this.room(msg.roomId);
        if (closed) return;
        if (!target) return refuse('no_such_room', 'this room is not open');
        const reach = mayReachRoom(actor, target.record);
        if (!reach.ok) return refuse(reach.refusal, reach.message);
        if (msg.as === 'moderator') {
          if (actor.kind !== 'staff') return refuse('forbidden', 'only staff may moderate');
          room = target;
          peer = { actor, transport, role: 'moderator', memberSession: null };
          target.peers.add(peer);
          target.send(peer, this.welcome(target, actor.id));
          target.send(peer, { t: 'room', room: roomView(target.state), serverNowMs: this.now() });
          return;
        }
        const name = fixedName ?? msg.name;
        const r = await this.command(
          target,
          actor,
          { type: 'join', name, colour: msg.colour },
          msg.memberSession,
        );
        if (closed) return;
        if (!r.ok) return refuse(r.refusal, r.message);
        room = target;
        peer = { actor, transport, role: 'participant', memberSession: msg.memberSession };
        const previous = target.memberPeers.get(actor.id);
        if (previous) {
          target.peers.delete(previous);
          target.send(previous, { t: 'bye', reason: 'replaced' });
          previous.transport.close(4000, 'replaced by a newer connection');
        }
        target.peers.add(peer);
        target.memberPeers.set(actor.id, peer);
        target.send(peer, this.welcome(target, actor.id));
        target.send(peer, { t: 'room', room: roomView(target.state), serverNowMs: this.now() });
        return;
      }
      if (!room || !peer) return refuse('not_joined', 'join a room first');
      if (msg.t === 'cmd') {
        if (msg.cmd.type === 'leave' && peer.role === 'moderator') return;
        const r = await this.command(room, actor, msg.cmd);
        if (!r.ok) refuse(r.refusal, r.message);
        return;
      }
      if (msg.t === 'signal') {
        const voice = voiceMembers(roomView(room.state).members).map((m) => m.id);
        if (!voice.includes(actor.id) || !voice.includes(msg.to) || msg.to === actor.id) {
          return refuse('not_in_voice', 'both people must be seated in the voice group');
        }
        const to = room.memberPeers.get(msg.to);
        if (!to) return refuse('not_connected', 'that person is not connected');
        room.send(to, { t: 'signal', from: actor.id, data: msg.data });
      }
    };

    const onData = (data: unknown) => {
      if (closed) return;
      if (!takeToken(textBucket, this.now())) {
        this.stats.textRefused++;
        return;
      }
      const r = SocialClientMessageSchema.safeParse(data);
      if (!r.success) return refuse('invalid_message', r.error.issues[0]?.message ?? 'invalid');
      chain = chain.then(() => handle(r.data)).catch((e) => this.log('social: message failed', e));
    };

    return {
      onData,
      onText: (text: string) => {
        if (closed) return;
        if (text.length > MAX_TEXT_BYTES) return refuse('too_large', 'message too large');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return refuse('invalid_json', 'messages are JSON');
        }
        onData(parsed);
      },
      onBinary: (bytes: Uint8Array) => {
        if (closed || !room || !peer || peer.role !== 'participant') {
          this.stats.posesDropped++;
          return;
        }
        this.stats.posesIn++;
        const seat = room.seatOf.get(actor.id);
        if (seat === undefined || room.memberPeers.get(actor.id) !== peer) {
          this.stats.posesDropped++;
          return;
        }
        if (checkPoseFrame(bytes) !== null) {
          this.stats.badFrames++;
          return;
        }
        if (!takeToken(poseBucket, this.now())) {
          this.stats.posesDropped++;
          return;
        }
        const frame = Uint8Array.from(bytes);
        stampSenderSeat(frame, seat);
        this.stats.posesRelayed += room.relayPose(actor.id, frame);
      },
      onClose: () => {
        if (closed) return;
        closed = true;
        const r = room;
        const p = peer;
        if (!r || !p) return;
        r.peers.delete(p);
        if (p.role === 'participant' && r.memberPeers.get(actor.id) === p) {
          r.memberPeers.delete(actor.id);
          const m = findMember(r.state, actor.id);
          if (m && (m.status === 'admitted' || m.status === 'waiting')) {
            chain = chain
              .then(async () => void (await this.command(r, actor, { type: 'leave' })))
              .catch((e) => this.log('social: leave failed', e));
          }
        }
      },
    };
  }

  private welcome(room: LiveRoom, memberId: string) {
    return {
      t: 'welcome' as const,
      you: memberId,
      seat: findMember(room.state, memberId)?.seat ?? null,
      serverNowMs: this.now(),
      ice: this.ice,
    };
  }

  /** Waits for pending event writes (tests, shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.live.values()].map((r) => r.logChain));
  }
}
