import { describe, expect, it } from 'vitest';
import { idleStatus } from '../../../src/core/protocol/headsetMachine.ts';
import {
  ConsoleFrameSchema,
  HeadsetFrameSchema,
  PROTOCOL_VERSION,
  ServerFrameSchema,
  decodeFrame,
  encodeFrame,
} from '../../../src/core/protocol/messages.ts';

const HEADSET = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const CMD = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('hub frames', () => {
  it('round-trips every kind of frame through encode and decode', () => {
    const status = encodeFrame({ type: 'status', status: idleStatus('cy') });
    expect(decodeFrame(HeadsetFrameSchema, status)).toEqual({
      ok: true,
      frame: { v: PROTOCOL_VERSION, type: 'status', status: idleStatus('cy') },
    });
    const cmd = encodeFrame({
      type: 'command',
      id: CMD,
      headsetId: HEADSET,
      command: { kind: 'extend', minutes: 5 },
    });
    expect(decodeFrame(ConsoleFrameSchema, cmd).ok).toBe(true);
    const pong = encodeFrame({ type: 'pong', id: 3, t0: 1, t1: 2, t2: 3 });
    expect(decodeFrame(ServerFrameSchema, pong).ok).toBe(true);
    const pose = encodeFrame({ type: 'pose', p: [0, 1.2, 0, 0, 0, 0, 1] });
    expect(decodeFrame(HeadsetFrameSchema, pose).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"v":1,', 'bad_frame'],
    ['an array', '[1,2]', 'bad_frame'],
    ['an unknown type', '{"v":1,"type":"sudo"}', 'bad_frame'],
    ['another version', '{"v":2,"type":"ping","id":1,"t0":1}', 'unsupported_version'],
    ['extra fields', '{"v":1,"type":"ping","id":1,"t0":1,"x":1}', 'bad_frame'],
    ['a pose with NaN-like values', '{"v":1,"type":"pose","p":[0,0,0,0,0,0,1e9]}', 'bad_frame'],
    ['a status missing fields', '{"v":1,"type":"status","status":{"state":"idle"}}', 'bad_frame'],
  ])('refuses %s with a reason, without throwing', (_what, text, code) => {
    const r = decodeFrame(HeadsetFrameSchema, text);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message.length).toBeGreaterThan(5);
  });

  it('a console cannot send headset-only frames, nor a headset console commands', () => {
    const status = encodeFrame({ type: 'status', status: idleStatus('en') });
    expect(decodeFrame(ConsoleFrameSchema, status).ok).toBe(false);
    const cmd = encodeFrame({
      type: 'command',
      id: CMD,
      headsetId: HEADSET,
      command: { kind: 'end' },
    });
    expect(decodeFrame(HeadsetFrameSchema, cmd).ok).toBe(false);
  });

  it('refuses an extension of more than 30 minutes and a malformed plan', () => {
    const big = encodeFrame({
      type: 'command',
      id: CMD,
      headsetId: HEADSET,
      command: { kind: 'extend', minutes: 90 },
    });
    expect(decodeFrame(ConsoleFrameSchema, big).ok).toBe(false);
    const plan = JSON.stringify({
      v: 1,
      type: 'command',
      id: CMD,
      headsetId: HEADSET,
      command: { kind: 'prepare', plan: { scene: 'beach', lengthMin: 7 } },
    });
    expect(decodeFrame(ConsoleFrameSchema, plan).ok).toBe(false);
  });
});
