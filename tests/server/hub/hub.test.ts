import { describe, expect, it } from 'vitest';
import { idleStatus, nextStatus } from '../../../src/core/protocol/headsetMachine.ts';
import type { HeadsetStatus } from '../../../src/core/protocol/messages.ts';
import type { SessionPlan } from '../../../src/core/schemas/sessionPlan.ts';
import { TEST_DATABASES } from '../databases.ts';
import { BIRCH, ELM, OAK, hubFixture } from './fixture.ts';

const PLAN: SessionPlan = {
  scene: 'beach',
  lengthMin: 5,
  language: 'en',
  pattern: 'coherent',
  guideVisible: true,
  measures: [],
  residentId: null,
  group: null,
};
const SESSION = '5b0f8d1e-3a44-4c8e-9f0a-1c2d3e4f5a6b';
let n = 0;
const cmdId = () => `c0000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function running(): HeadsetStatus {
  return nextStatus(idleStatus('en'), {
    type: 'began',
    sessionId: SESSION,
    scene: 'beach',
    mode: 'vr',
    totalMs: 300_000,
    language: 'en',
    residentId: null,
    groupId: null,
  });
}

describe.each(TEST_DATABASES)('hub routing on $name', (t) => {
  const f = hubFixture(t);

  it('a console sees its own site headsets only, and each one coming online', async () => {
    const c = await f.console();
    expect(await c.next('hello')).toMatchObject({ role: 'console' });
    const snap = await c.next('headsets');
    expect(snap.headsets.map((h) => h.name)).toEqual(['Elm Room', 'Oak Lounge 2']);
    expect(snap.headsets.every((h) => !h.online)).toBe(true);

    const oak = await f.headset('token-oak-0001');
    const online = await c.next('headset', (x) => x.headset.headsetId === OAK && x.headset.online);
    expect(online.headset.name).toBe('Oak Lounge 2');

    oak.send({ type: 'status', status: running() });
    const seen = await c.next('headset', (x) => x.headset.status?.state === 'in_session');
    expect(seen.headset.status).toMatchObject({ sessionId: SESSION, remainingMs: 300_000 });

    // A headset of the other site shows up nowhere here.
    const birch = await f.headset('token-birch-003');
    birch.send({ type: 'status', status: running() });
    await birch.settle();
    await c.settle();
    expect(c.frames.filter((x) => x.type === 'headset')).toEqual([]);
    const admin = await f.console('admin');
    const all = await admin.next('headsets');
    expect(all.headsets.map((h) => h.name)).toEqual(['Birch', 'Elm Room', 'Oak Lounge 2']);
    for (const x of [c, oak, birch, admin]) x.close();
  });

  it('routes a command to the headset and its answer back to the console that sent it', async () => {
    const c = await f.console();
    const other = await f.console();
    const oak = await f.headset('token-oak-0001');
    oak.send({ type: 'status', status: idleStatus('en') });
    await c.next('headset', (x) => x.headset.headsetId === OAK && x.headset.status !== null);

    const id = cmdId();
    c.send({ type: 'command', id, headsetId: OAK, command: { kind: 'prepare', plan: PLAN } });
    const got = await oak.next('command');
    expect(got).toMatchObject({ id, command: { kind: 'prepare', plan: PLAN } });
    oak.send({ type: 'ack', commandId: id, ok: true });
    expect(await c.next('command_result', (r) => r.commandId === id)).toMatchObject({
      ok: true,
      headsetId: OAK,
    });
    await other.settle();
    expect(other.frames.some((x) => x.type === 'command_result')).toBe(false);
    for (const x of [c, other, oak]) x.close();
  });

  it('refuses a command that makes no sense now, without bothering the headset', async () => {
    const c = await f.console();
    const oak = await f.headset('token-oak-0001');
    oak.send({ type: 'status', status: idleStatus('en') });
    await c.next('headset', (x) => x.headset.status !== null && x.headset.online);
    const id = cmdId();
    c.send({ type: 'command', id, headsetId: OAK, command: { kind: 'pause' } });
    expect(await c.next('command_result', (r) => r.commandId === id)).toMatchObject({
      ok: false,
      reason: 'No session is running',
    });
    // Elm never connected: offline.
    const id2 = cmdId();
    c.send({ type: 'command', id: id2, headsetId: ELM, command: { kind: 'end' } });
    expect(await c.next('command_result', (r) => r.commandId === id2)).toMatchObject({
      ok: false,
      reason: 'The headset is not connected',
    });
    await oak.settle();
    expect(oak.frames.some((x) => x.type === 'command')).toBe(false);
    for (const x of [c, oak]) x.close();
  });

  it("never delivers a command to another site's headset, and says no more than for an unknown one", async () => {
    const c = await f.console('staff-a');
    const birch = await f.headset('token-birch-003');
    birch.send({ type: 'status', status: running() });
    await birch.settle();
    const id = cmdId();
    c.send({ type: 'command', id, headsetId: BIRCH, command: { kind: 'end' } });
    expect(await c.next('error', (e) => e.ref === id)).toMatchObject({ code: 'unknown_headset' });
    expect(await c.next('command_result', (r) => r.commandId === id)).toMatchObject({ ok: false });
    const unknown = cmdId();
    c.send({
      type: 'command',
      id: unknown,
      headsetId: '99999999-9999-4999-8999-999999999999',
      command: { kind: 'end' },
    });
    const e2 = await c.next('error', (e) => e.ref === unknown);
    expect(e2.message).toBe('No such headset at your site');
    // Nor can a console watch another site's headset through the mirror.
    c.send({ type: 'mirror', headsetIds: [BIRCH] });
    birch.send({ type: 'pose', p: [0, 1.2, 0, 0, 0, 0, 1] });
    await birch.settle();
    await c.settle();
    expect(c.frames.some((x) => x.type === 'pose')).toBe(false);
    expect(birch.frames.some((x) => x.type === 'command')).toBe(false);
    for (const x of [c, birch]) x.close();
  });

  it('sends head poses only to consoles that opened the mirror, and alerts to the whole site', async () => {
    const watching = await f.console();
    const idle = await f.console();
    const oak = await f.headset('token-oak-0001');
    await watching.next('headsets');
    watching.send({ type: 'mirror', headsetIds: [OAK] });
    await watching.settle();
    oak.send({ type: 'pose', p: [0.1, 1.2, -0.05, 0, 0.38, 0, 0.92] });
    expect(await watching.next('pose')).toMatchObject({
      headsetId: OAK,
      p: [0.1, 1.2, -0.05, 0, 0.38, 0, 0.92],
    });
    oak.send({
      type: 'alert',
      alert: { kind: 'call_staff', sessionId: SESSION, atMs: Date.now() },
    });
    expect(await idle.next('alert')).toMatchObject({
      headsetId: OAK,
      alert: { kind: 'call_staff' },
    });
    expect(await watching.next('alert')).toMatchObject({ headsetId: OAK });
    expect(idle.frames.some((x) => x.type === 'pose')).toBe(false);
    for (const x of [watching, idle, oak]) x.close();
  });

  it('answers pings with the server clock for offset estimation', async () => {
    const oak = await f.headset('token-oak-0001');
    const before = Date.now();
    oak.send({ type: 'ping', id: 7, t0: 123 });
    const p = await oak.next('pong');
    expect(p).toMatchObject({ id: 7, t0: 123 });
    expect(p.t1).toBeGreaterThanOrEqual(before);
    expect(p.t2).toBeGreaterThanOrEqual(p.t1);
    oak.close();
  });

  it('shows a headset offline when it drops, keeps its last status, and lets it back in', async () => {
    const c = await f.console();
    const oak = await f.headset('token-oak-0001');
    oak.send({ type: 'status', status: running() });
    await c.next('headset', (x) => x.headset.status?.state === 'in_session');
    oak.close();
    const off = await c.next(
      'headset',
      (x) =>
        x.headset.headsetId === OAK &&
        !x.headset.online &&
        x.headset.status?.state === 'in_session',
    );
    expect(off.headset.status?.sessionId).toBe(SESSION);
    const row = await f.database.db
      .selectFrom('headsets')
      .select('last_seen_at')
      .where('id', '=', OAK)
      .executeTakeFirstOrThrow();
    expect(row.last_seen_at).not.toBeNull();

    const again = await f.headset('token-oak-0001');
    await c.next('headset', (x) => x.headset.headsetId === OAK && x.headset.online);
    // A second connection from the same headset replaces the first.
    const third = await f.headset('token-oak-0001');
    expect((await again.waitClosed()).code).toBe(4000);
    const id = cmdId();
    third.send({ type: 'status', status: running() });
    await c.next('headset', (x) => x.headset.online && x.headset.status?.state === 'in_session');
    c.send({ type: 'command', id, headsetId: OAK, command: { kind: 'pause' } });
    expect(await third.next('command')).toMatchObject({ id });
    for (const x of [c, third]) x.close();
  });
});
