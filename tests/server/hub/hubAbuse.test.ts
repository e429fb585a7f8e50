import { describe, expect, it } from 'vitest';
import { idleStatus, nextStatus } from '../../../src/core/protocol/headsetMachine.ts';
import { MAX_FRAME_BYTES } from '../../../src/core/protocol/messages.ts';
import type { HubClient } from '../../../src/server/hub/channels.ts';
import { TEST_DATABASES } from '../databases.ts';
import { HubTestClient } from './hubClient.ts';
import { ELM, OAK, hubFixture } from './fixture.ts';

const SESSION = '5b0f8d1e-3a44-4c8e-9f0a-1c2d3e4f5a6b';
const running = () =>
  nextStatus(idleStatus('en'), {
    type: 'began',
    sessionId: SESSION,
    scene: 'beach',
    mode: 'vr',
    totalMs: 300_000,
    language: 'en',
    residentId: null,
    groupId: null,
  });
let n = 0;
const cmdId = () => `d0000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe.each(TEST_DATABASES)('hub under bad input on $name', (t) => {
  const f = hubFixture(t, {
    rate: { burst: 20, perSecond: 10 },
    floodCloseAfter: 200,
    commandTimeoutMs: 250,
  });

  /** Elm runs a session throughout: every test ends by proving it still takes commands. */
  async function elmStillWorks(): Promise<void> {
    const c = await f.console();
    const elm = await f.headset('token-elm-0002');
    elm.send({ type: 'status', status: running() });
    await c.next(
      'headset',
      (x) => x.headset.headsetId === ELM && x.headset.online && x.headset.status !== null,
    );
    const id = cmdId();
    c.send({ type: 'command', id, headsetId: ELM, command: { kind: 'extend', minutes: 5 } });
    expect(await elm.next('command')).toMatchObject({ id, command: { kind: 'extend' } });
    elm.send({ type: 'ack', commandId: id, ok: true });
    expect(await c.next('command_result', (r) => r.commandId === id)).toMatchObject({ ok: true });
    c.close();
    elm.close();
  }

  it('refuses forged, revoked and missing credentials, and carries on', async () => {
    const forged = await HubTestClient.open(f.url);
    forged.send({ type: 'auth', token: 'not-a-real-token' });
    expect(await forged.next('error')).toMatchObject({ code: 'unauthenticated' });
    expect((await forged.waitClosed()).code).toBe(4401);

    const revoked = await HubTestClient.open(f.url);
    revoked.send({ type: 'auth', token: 'token-revoked-4' });
    expect((await revoked.waitClosed()).code).toBe(4401);

    const silent = await HubTestClient.open(f.url);
    expect((await silent.waitClosed()).code).toBe(4408);

    const garbage = await HubTestClient.open(f.url);
    garbage.sendRaw('{"v":1,"type":"auth"');
    expect((await garbage.waitClosed()).code).toBe(4401);

    // Bearer on the upgrade (non-browser clients) works like the auth frame.
    const bearer = await HubTestClient.open(f.url, { authorization: 'Bearer token-oak-0001' });
    expect(await bearer.next('hello')).toMatchObject({ role: 'headset', headsetId: OAK });
    bearer.close();
    const forgedBearer = await HubTestClient.open(f.url, { authorization: 'Bearer forged-000' });
    expect((await forgedBearer.waitClosed()).code).toBe(4401);
    await elmStillWorks();
  });

  it('refuses researchers and staff cookies sent from another origin', async () => {
    const r = await f.console('researcher');
    expect((await r.waitClosed()).code).toBe(4403);
    const evil = await f.console('staff-a', 'https://evil.example');
    expect((await evil.waitClosed()).code).toBe(4403);
    const noOrigin = await HubTestClient.open(f.url, { cookie: 'sid=staff-a' });
    expect((await noOrigin.waitClosed()).code).toBe(4403);
    await elmStillWorks();
  });

  it('answers malformed frames with an error and keeps the connection', async () => {
    const oak = await f.headset('token-oak-0001');
    const bad = [
      'not json',
      '{"v":1,"type":"status","status":{"state":"flying"}}',
      '{"v":9,"type":"ping","id":1,"t0":1}',
      '{"v":1,"type":"command","id":"x","headsetId":"y","command":{"kind":"end"}}',
      '{"v":1,"type":"pose","p":[1,2,3]}',
      'null',
    ];
    for (const b of bad) oak.sendRaw(b);
    oak.sendRaw(Buffer.from([9, 1, 2, 3])); // binary for no channel
    for (let i = 0; i < bad.length; i++) await oak.next('error');
    expect(await oak.next('error', (e) => e.code === 'unknown_channel')).toBeTruthy();
    await oak.settle();
    expect(oak.closed).toBeNull();
    const c = await f.console();
    const snap = await c.next('headsets');
    expect(snap.headsets.find((h) => h.headsetId === OAK)?.status).toBeNull(); // nothing changed
    c.close();
    oak.close();
    await elmStillWorks();
  });

  it('closes a connection that sends an oversized frame (1009)', async () => {
    const oak = await f.headset('token-oak-0001');
    oak.sendRaw('x'.repeat(MAX_FRAME_BYTES + 1));
    expect((await oak.waitClosed()).code).toBe(1009);
    await elmStillWorks();
  });

  it('drops a flood, says so, closes a client that keeps on, and others carry on', async () => {
    const c = await f.console();
    const oak = await f.headset('token-oak-0001');
    await c.next('headsets');
    for (let i = 0; i < 400; i++) oak.send({ type: 'status', status: running() });
    expect(await oak.next('error', (e) => e.code === 'rate_limited')).toBeTruthy();
    expect((await oak.waitClosed()).code).toBe(4429);
    await c.settle();
    // At most the burst (plus a little refill) got through to the console.
    const relayed = c.frames.filter((x) => x.type === 'headset' && x.headset.status !== null);
    expect(relayed.length).toBeLessThanOrEqual(30);
    c.close();
    await elmStillWorks();
  });

  it('tells the console when a headset does not answer a command in time', async () => {
    const c = await f.console();
    const oak = await f.headset('token-oak-0001');
    oak.send({ type: 'status', status: running() });
    await c.next('headset', (x) => x.headset.headsetId === OAK && x.headset.status !== null);
    const id = cmdId();
    c.send({ type: 'command', id, headsetId: OAK, command: { kind: 'pause' } });
    await oak.next('command');
    expect(await c.next('command_result', (r) => r.commandId === id)).toMatchObject({
      ok: false,
      reason: 'The headset did not answer in time',
    });
    // A late or forged ack for it, or one from another headset, goes nowhere.
    oak.send({ type: 'ack', commandId: id, ok: true });
    await oak.settle();
    await c.settle();
    expect(c.frames.some((x) => x.type === 'command_result')).toBe(false);
    expect(f.app.hub.stats().pending).toBe(0);
    c.close();
    oak.close();
  });

  it('lets a registered channel carry text and binary frames, and guests only channels', async () => {
    const seen: { client: HubClient; data: unknown }[] = [];
    f.app.hub.registerChannel({
      name: 'echo',
      binaryTag: 7,
      accepts: (client) => client.kind !== 'console',
      onText: (client, data) => {
        seen.push({ client, data });
        client.sendChannel('echo', data);
      },
      onBinary: (client, frame) => client.sendBinary(frame),
    });
    expect(() =>
      f.app.hub.registerChannel({ name: 'other', binaryTag: 7, accepts: () => true }),
    ).toThrow(/taken/);

    const guest = await HubTestClient.open(f.url);
    guest.send({ type: 'auth', token: 'token-guest-005' });
    expect(await guest.next('hello')).toMatchObject({ role: 'guest' });
    guest.send({ type: 'channel', channel: 'echo', data: { hi: 1 } });
    expect(await guest.next('channel')).toMatchObject({ channel: 'echo', data: { hi: 1 } });
    expect(seen[0]?.client.kind).toBe('guest');
    guest.sendRaw(Buffer.from([7, 42, 43]));
    await guest.settle();
    expect([...guest.binary[0]!]).toEqual([7, 42, 43]);
    guest.send({ type: 'command', id: cmdId(), headsetId: OAK, command: { kind: 'end' } });
    expect(await guest.next('error')).toMatchObject({ code: 'not_allowed' });
    guest.send({ type: 'channel', channel: 'nope', data: 1 });
    expect(await guest.next('error')).toMatchObject({ code: 'unknown_channel' });

    const c = await f.console();
    await c.next('headsets');
    c.send({ type: 'channel', channel: 'echo', data: 1 });
    expect(await c.next('error')).toMatchObject({ code: 'unknown_channel' });
    guest.close();
    c.close();
    await elmStillWorks();
  });
});
