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
