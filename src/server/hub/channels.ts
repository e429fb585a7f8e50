import type { Principal } from '../auth/principal.ts';
import type { ServerFrameBody } from '../../core/protocol/messages.ts';

/**
 * The hub's extension point. A channel owns one kind of traffic that is not headset supervision
 * (e.g. social rooms): text frames `{ v, type: 'channel', channel: <name>, data }` and binary
 * frames whose first byte is the channel's `binaryTag`. The hub authenticates, rate-limits and
 * size-limits every frame before a channel sees it; the channel validates `data` itself.
 */

export type ClientKind = 'headset' | 'console' | 'guest';

export interface HubClient {
  /** Unique per connection. */
  readonly id: string;
  readonly kind: ClientKind;
  readonly principal: Principal;
  /** The client's site; null for a user who may see every site (or a guest). */
  readonly siteId: string | null;
  readonly headsetId: string | null;
  send(frame: ServerFrameBody): void;
  /** Sends a channel text frame `{ type: 'channel', channel, data }`. */
  sendChannel(channel: string, data: unknown): void;
  /** Sends a binary frame as is (the channel puts its tag in the first byte). */
  sendBinary(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface HubChannel {
  /** Lower case, as in the frames. */
  readonly name: string;
  /** First byte of this channel's binary frames (1–255); omit for text only. */
  readonly binaryTag?: number;
  /** Which clients may use this channel; the others get `unknown_channel`. */
  accepts(client: HubClient): boolean;
  onText?(client: HubClient, data: unknown): void;
  onBinary?(client: HubClient, frame: Uint8Array): void;
  /** The client disconnected (any reason). */
  onClose?(client: HubClient): void;
}

/** The hub's registered channels, by name and by binary tag; routes frames to them. */
export class ChannelRegistry<C extends HubClient> {
  private readonly byName = new Map<string, HubChannel>();
  private readonly byTag = new Map<number, HubChannel>();

  constructor(
    private readonly sendError: (
      client: C,
      code: 'unknown_channel',
      message: string,
      ref?: string,
    ) => void,
    private readonly guard: (fn: () => void) => void,
  ) {}

  /** Names and binary tags must be unique. */
  register(channel: HubChannel): void {
    if (this.byName.has(channel.name)) throw new Error(`channel ${channel.name} exists`);
    const tag = channel.binaryTag;
    if (tag !== undefined) {
      if (!Number.isInteger(tag) || tag < 1 || tag > 255) throw new Error(`bad binary tag ${tag}`);
      if (this.byTag.has(tag)) throw new Error(`binary tag ${tag} is taken`);
      this.byTag.set(tag, channel);
    }
    this.byName.set(channel.name, channel);
  }

  text(client: C, name: string, data: unknown): void {
    const channel = this.byName.get(name);
    if (!channel?.onText || !channel.accepts(client)) {
      return this.sendError(client, 'unknown_channel', `No channel "${name}" here`, name);
    }
    channel.onText(client, data);
  }

  binary(client: C, bytes: Uint8Array): void {
    const channel = bytes.length > 0 ? this.byTag.get(bytes[0]!) : undefined;
    if (!channel?.onBinary || !channel.accepts(client)) {
      return this.sendError(client, 'unknown_channel', 'No channel takes this binary frame');
    }
    channel.onBinary(client, bytes);
  }

  /** Tells every channel the client left; one channel's error does not skip the others. */
  closed(client: C): void {
    for (const ch of this.byName.values()) this.guard(() => ch.onClose?.(client));
  }
}
