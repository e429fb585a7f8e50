import type {
  SignalData,
  SocialClientMessage,
  SocialServerMessage,
} from '../../core/social/messages.ts';
import { SOCIAL_PROTOCOL_VERSION } from '../../core/social/messages.ts';
import {
  addClockSample,
  createClockFilter,
  estimateClock,
  type ClockFilter,
} from '../../core/protocol/clockSync.ts';
import type { AvatarColour } from '../../core/social/room.ts';
import { clearSeat, receivePoseFrame } from './remotePoses.ts';
import { setRoom, socialStore } from './socialStore.ts';

const HUB_VERSION = 1;
/** Pings right after connecting, 200 ms apart (as the hub link does for the relaxation clock). */
const QUICK_PINGS = 5;
const CHANNEL = 'social';

export interface JoinDetails {
  roomId: string;
  name: string;
  colour: AvatarColour;
  /** Guests and headsets send a bearer token in the hub's first frame; staff use their cookie. */
  token: string | null;
  as?: 'participant' | 'moderator';
  memberSession?: string | null;
  /** A headset: the hub then ignores any staff cookie this browser also holds. */
  asHeadset?: boolean;
}

type SignalHandler = (from: string, data: SignalData) => void;

/**
 * The room over the hub's WebSocket: joins, keeps the store up to date, relays signalling to the
 * voice mesh, and sends and receives binary pose frames. Reconnects with backoff unless the room
 * ended or staff removed us.
 */
export class SocialClient {
  private ws: WebSocket | null = null;
  private retryMs = 1000;
  private stopped = false;
  private pingTimer: number | null = null;
  private clock: ClockFilter = createClockFilter();
  /** Whether this connection is (or is to be) a member of the room; false: the hub only. */
  private joining = true;
  /**
   * A headset staff sent here keeps its hub connection after the room (for its status and the
   * questions after the room), reconnecting even once the room has ended or removed it.
   */
  keepHub = false;
  onSignal: SignalHandler = () => {};
  /** Hub frames outside the social channel (a headset's `hello` and staff commands). */
  onHubFrame: (frame: { type?: string } & Record<string, unknown>) => void = () => {};
  /** Called after each room update with the seats that changed hands. */
  onRoom: () => void = () => {};

  constructor(private readonly join: JoinDetails) {}

  /** Connects and joins (once: a second call while connected does nothing). */
  start(): void {
    this.stopped = false;
    if (!this.ws) this.open();
  }

  /** Connects to the hub without joining the room yet (see `joinRoom`). */
  connect(): void {
    if (!this.ws) this.joining = false;
    this.start();
  }

  /** Joins the room on this connection (connecting first if need be). */
  joinRoom(): void {
    if (this.joining && this.ws) return;
    this.joining = true;
    if (this.ws?.readyState === WebSocket.OPEN) this.sendJoin();
    else this.start();
  }

  /**
   * Leaves the room but keeps the hub connection: room updates are ignored from now on, and
   * the room shows only us (so nobody else is drawn while we are no longer there).
   */
  leaveRoom(): void {
    if (!this.joining) return;
    this.send({ t: 'cmd', cmd: { type: 'leave' } });
    this.joining = false;
    const s = socialStore.getState();
    const room = s.room
      ? { ...s.room, members: s.room.members.filter((m) => m.id === s.me) }
      : null;
    socialStore.setState({ phase: 'ended', room });
  }

  stop(): void {
    this.stopped = true;
    if (this.pingTimer !== null) window.clearInterval(this.pingTimer);
    this.ws?.close(1000, 'leaving');
    this.ws = null;
  }

  private open(): void {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/hub${
      this.join.asHeadset ? '?as=headset' : ''
    }`;
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 1000;
      if (this.join.token)
        ws.send(JSON.stringify({ v: HUB_VERSION, type: 'auth', token: this.join.token }));
      if (this.joining) this.sendJoin();
      // A few pings at once settle the clock estimate (the best of several round trips), so
      // everyone's group breathing starts on the same breath; then one every 10 s.
      for (let i = 0; i < QUICK_PINGS; i++) window.setTimeout(() => this.ping(), i * 200);
      if (this.pingTimer !== null) window.clearInterval(this.pingTimer);
      this.pingTimer = window.setInterval(() => this.ping(), 10_000);
    };
    ws.onmessage = (ev: MessageEvent<string | ArrayBuffer>) => {
      if (typeof ev.data !== 'string') {
        receivePoseFrame(new Uint8Array(ev.data), performance.now());
        return;
      }
      let frame: { type?: string; channel?: string; data?: unknown } & Record<string, unknown>;
      try {
        frame = JSON.parse(ev.data) as typeof frame;
      } catch {
        return;
      }
      if (frame.type === 'channel' && frame.channel === CHANNEL)
        this.receive(frame.data as SocialServerMessage);
      else this.onHubFrame(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      const phase = socialStore.getState().phase;
      const over = phase === 'ended' || phase === 'removed' || phase === 'refused';
      if (this.stopped || (over && !this.keepHub)) return;
      if (this.joining && !over) socialStore.setState({ phase: 'lost' });
      window.setTimeout(() => !this.stopped && this.open(), this.retryMs);
      this.retryMs = Math.min(15_000, this.retryMs * 2);
    };
  }

  private sendJoin(): void {
    this.send({
      t: 'join',
      v: SOCIAL_PROTOCOL_VERSION,
      roomId: this.join.roomId,
      name: this.join.name,
      colour: this.join.colour,
      as: this.join.as ?? 'participant',
      memberSession: this.join.memberSession ?? null,
    });
  }

  private receive(msg: SocialServerMessage): void {
    // Not (or no longer) in the room: only the clock matters.
    if (!this.joining && msg.t !== 'pong') return;
    switch (msg.t) {
      case 'welcome':
        socialStore.setState({
          me: msg.you,
          ice: msg.ice,
          serverOffsetMs: msg.serverNowMs - Date.now(),
        });
        return;
      case 'room': {
        const before = socialStore.getState().room;
        setRoom(msg.room);
        const seated = new Map(msg.room.members.filter((m) => m.seat).map((m) => [m.seat!, m.id]));
        for (const m of before?.members ?? []) {
          if (m.seat && seated.get(m.seat) !== m.id) clearSeat(m.seat);
        }
        this.onRoom();
        return;
      }
      case 'signal':
        this.onSignal(msg.from, msg.data);
        return;
      case 'pong': {
        // NTP-style: of the recent samples, trust the one with the shortest round trip.
        const t = msg.serverNowMs;
        this.clock = addClockSample(this.clock, { t0: msg.clientMs, t1: t, t2: t, t3: Date.now() });
        const best = estimateClock(this.clock);
        if (best)
          socialStore.setState({ serverOffsetMs: best.offsetMs, clockDelayMs: best.delayMs });
        return;
      }
      case 'refused':
        if (!socialStore.getState().me)
          socialStore.setState({ phase: 'refused', message: msg.message });
        else console.warn('social: refused', msg.refusal, msg.message);
        return;
      case 'bye':
        socialStore.setState({
          phase: msg.reason === 'removed' ? 'removed' : msg.reason === 'ended' ? 'ended' : 'lost',
        });
        if (msg.reason !== 'replaced') {
          this.joining = false;
          if (!this.keepHub) this.stopped = true;
        }
        return;
    }
  }

  private ping(): void {
    this.send({ t: 'ping', clientMs: Date.now() });
  }

  send(data: SocialClientMessage): void {
    if (this.ws?.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ v: HUB_VERSION, type: 'channel', channel: CHANNEL, data }));
    }
  }

  /** A hub frame of the headset protocol (status, ack), for a headset in the room. */
  sendHub(frame: Record<string, unknown>): void {
    if (this.ws?.readyState === WebSocket.OPEN)
      this.ws.send(JSON.stringify({ v: HUB_VERSION, ...frame }));
  }

  sendPose(bytes: Uint8Array): void {
    if (this.ws?.readyState === WebSocket.OPEN && this.ws.bufferedAmount < 4096)
      this.ws.send(bytes);
  }
}
