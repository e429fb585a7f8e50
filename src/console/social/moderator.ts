import type {
  RoomCommandSchema,
  SocialServerMessage,
  RoomView,
} from '../../core/social/messages.ts';
import type { z } from 'zod';

type Command = z.infer<typeof RoomCommandSchema>;

/**
 * A staff member watching one room from the console, without a seat: the hub connection (the
 * staff cookie authenticates it), the live presence view, and moderation commands.
 */
export class RoomModerator {
  private ws: WebSocket | null = null;
  private stopped = false;

  constructor(
    private readonly roomId: string,
    private readonly onView: (view: RoomView) => void,
    private readonly onProblem: (message: string) => void,
  ) {}

  start(): void {
    const ws = new WebSocket(
      `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/hub`,
    );
    this.ws = ws;
    ws.onopen = () =>
      this.send({
        t: 'join',
        v: 1,
        roomId: this.roomId,
        name: 'Staff',
        colour: 'sage',
        as: 'moderator',
      });
    ws.onmessage = (ev: MessageEvent<unknown>) => {
      if (typeof ev.data !== 'string') return;
      const f = JSON.parse(ev.data) as {
        type: string;
        channel?: string;
        data?: SocialServerMessage;
      };
      if (f.type !== 'channel' || f.channel !== 'social' || !f.data) return;
      if (f.data.t === 'room') this.onView(f.data.room);
      if (f.data.t === 'refused') this.onProblem(f.data.message);
    };
    ws.onclose = () => {
      if (!this.stopped) window.setTimeout(() => !this.stopped && this.start(), 2000);
    };
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }

  command(cmd: Command): void {
    this.send({ t: 'cmd', cmd });
  }

  private send(data: unknown): void {
    if (this.ws?.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ v: 1, type: 'channel', channel: 'social', data }));
    }
  }
}
