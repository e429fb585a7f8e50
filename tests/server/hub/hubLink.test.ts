import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  createHubLink,
  type LinkState,
  type SocketLike,
} from '../../../src/core/protocol/hubLink.ts';
import type { ServerFrame } from '../../../src/core/protocol/messages.ts';
import { TEST_DATABASES } from '../databases.ts';
import { OAK, hubFixture } from './fixture.ts';

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('backoff', () => {
  it('doubles up to the cap, with jitter between half and all of it', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 30_000,
    ]);
    expect(backoffDelay(2, () => 0)).toBe(2000);
  });
});

describe.each(TEST_DATABASES.slice(0, 1))('hub link against the real hub ($name)', (t) => {
  const f = hubFixture(t);

  function link(token: string) {
    const frames: ServerFrame[] = [];
    const states: LinkState[] = [];
    const l = createHubLink({
      connect: () => new WebSocket(f.url) as unknown as SocketLike,
      token: () => token,
      onFrame: (fr) => frames.push(fr),
      onState: (s) => states.push(s),
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      initialBackoffMs: 20,
      maxBackoffMs: 100,
    });
    return { l, frames, states };
  }

  it('signs in with its token, estimates the server clock, and reconnects after a drop', async () => {
    const { l, frames, states } = link('token-oak-0001');
    await until(() => l.state() === 'online');
    expect(frames[0]).toMatchObject({ type: 'hello', headsetId: OAK });
    await until(() => (l.clock()?.samples ?? 0) >= 2);
    // Same machine: the offset is within the round trip.
    const c = l.clock()!;
    expect(Math.abs(c.offsetMs)).toBeLessThanOrEqual(c.delayMs / 2 + 2);

    for (const ws of f.app.websocketServer.clients) ws.terminate();
    await until(() => states.includes('offline'));
    await until(() => l.state() === 'online');
    expect(frames.filter((x) => x.type === 'hello')).toHaveLength(2);
    expect(l.send({ type: 'status', status: null as never })).toBe(true); // sent (hub answers error)
    l.close();
  });

  it('stops for good when its token is refused', async () => {
    const { l, states } = link('forged-token-000');
    await until(() => l.state() === 'refused');
    expect(states).toEqual(['refused']); // never retried
    await new Promise((r) => setTimeout(r, 150));
    expect(l.state()).toBe('refused');
    l.close();
  });
});
