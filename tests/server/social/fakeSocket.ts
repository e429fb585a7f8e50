import type { SocialServerMessage } from '../../../src/core/social/messages.ts';
import type { SocialTransport } from '../../../src/server/social/liveRoom.ts';

/** A socket stand-in that records what the room service sent it. */
export class FakeSocket implements SocialTransport {
  texts: SocialServerMessage[] = [];
  binaries: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  queued = 0;

  send(msg: SocialServerMessage): void {
    if (this.closed) throw new Error('closed');
    // through JSON, as on the wire
    this.texts.push(JSON.parse(JSON.stringify(msg)) as SocialServerMessage);
  }
  sendBinary(bytes: Uint8Array): void {
    if (this.closed) throw new Error('closed');
    this.binaries.push(bytes);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
  bufferedAmount(): number {
    return this.queued;
  }
  last<T extends SocialServerMessage['t']>(
    t: T,
  ): Extract<SocialServerMessage, { t: T }> | undefined {
    return this.texts.filter((m) => m.t === t).at(-1) as
      Extract<SocialServerMessage, { t: T }> | undefined;
  }
}

export const tick = () => new Promise((r) => setTimeout(r, 0));

/** Waits until `check` passes (the service handles messages asynchronously). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
