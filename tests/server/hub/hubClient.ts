import WebSocket from 'ws';
import { PROTOCOL_VERSION, type ServerFrame } from '../../../src/core/protocol/messages.ts';

/**
 * A test client for the hub over a real socket on 127.0.0.1: collects every frame and lets a
 * test wait for the one it expects.
 */
export class HubTestClient {
  readonly frames: ServerFrame[] = [];
  readonly binary: Buffer[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) this.binary.push(data as Buffer);
      else this.frames.push(JSON.parse(String(data)) as ServerFrame);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
    ws.on('error', () => undefined);
  }

  static async open(url: string, headers: Record<string, string> = {}): Promise<HubTestClient> {
    const ws = new WebSocket(url, { headers });
    const c = new HubTestClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('close', () => resolve());
      ws.once('error', reject);
    });
    return c;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  send(body: object): void {
    this.ws.send(JSON.stringify({ v: PROTOCOL_VERSION, ...body }));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** Waits for a frame matching `pred` (already received or yet to come). */
  async next<T extends ServerFrame['type']>(
    type: T,
    pred: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true,
    timeoutMs = 3000,
  ): Promise<Extract<ServerFrame, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex(
        (f) => f.type === type && pred(f as Extract<ServerFrame, { type: T }>),
      );
      if (i >= 0) return this.frames.splice(i, 1)[0] as Extract<ServerFrame, { type: T }>;
      if (this.closed) throw new Error(`closed (${this.closed.code}) while waiting for ${type}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${type} frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async waitClosed(timeoutMs = 3000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('still open');
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.closed;
  }

  /** Resolves after the hub has handled everything sent so far (a ping round trip). */
  async settle(): Promise<void> {
    const id = Math.floor(Math.random() * 1e9);
    this.send({ type: 'ping', id, t0: Date.now() });
    await this.next('pong', (f) => f.id === id);
  }

  close(): void {
    this.ws.close();
  }
}
