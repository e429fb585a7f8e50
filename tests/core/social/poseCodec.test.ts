import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPoseFrame,
  createPoseSample,
  decodePose,
  encodePose,
  MAX_REACH_MM,
  packQuaternion,
  POSE_FRAME_BYTES,
  POSE_HZ,
  seqNewer,
  stampSenderSeat,
  unpackQuaternion,
} from '../../../src/core/social/poseCodec.ts';

const unitQuat = fc
  .tuple(
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
    fc.double({ min: -1, max: 1, noNaN: true }),
  )
  .filter(([x, y, z, w]) => Math.hypot(x, y, z, w) > 0.1)
  .map(([x, y, z, w]) => {
    const l = Math.hypot(x, y, z, w);
    return [x / l, y / l, z / l, w / l] as const;
  });

const reach = fc.double({ min: -MAX_REACH_MM / 1000, max: MAX_REACH_MM / 1000, noNaN: true });

/** Angle in radians between two unit quaternions (q and -q are the same rotation). */
function angleBetween(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  for (let i = 0; i < 4; i++) dot += a[i]! * b[i]!;
  return 2 * Math.acos(Math.min(1, Math.abs(dot)));
}

describe('pose codec', () => {
  it('fits the bandwidth budget: 40 bytes at 15 Hz, with WebSocket and TCP/IP framing', () => {
    expect(POSE_FRAME_BYTES).toBe(40);
    const wsHeader = 6; // client-to-server frames are masked: 2 + 4 bytes
    const tcpIp = 40;
    expect((POSE_FRAME_BYTES + wsHeader + tcpIp) * POSE_HZ).toBeLessThanOrEqual(1500);
  });

  it('round-trips quaternions within a fifth of a degree', () => {
    const out = new Float32Array(4);
    fc.assert(
      fc.property(unitQuat, (q) => {
        unpackQuaternion(packQuaternion(...q), out, 0);
        expect(Math.hypot(...out)).toBeCloseTo(1, 5);
        expect(angleBetween(q, out)).toBeLessThan((0.2 * Math.PI) / 180);
      }),
    );
  });

  it('turns a broken quaternion into the identity instead of NaN', () => {
    const out = new Float32Array(4);
    unpackQuaternion(packQuaternion(Number.NaN, 0, 0, 0), out, 0);
    expect(Array.from(out)).toEqual([0, 0, 0, 1]);
    unpackQuaternion(packQuaternion(0, 0, 0, 0), out, 0);
    expect(Array.from(out)).toEqual([0, 0, 0, 1]);
  });

  it('round-trips whole poses: positions to the millimetre, flags, level, seq and time', () => {
    fc.assert(
      fc.property(
        fc.array(reach, { minLength: 9, maxLength: 9 }),
        fc.array(unitQuat, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (pos, quats, flags, level, seq, timeMs) => {
          const s = createPoseSample();
          for (let j = 0; j < 3; j++) {
            s.values.set([pos[j * 3]!, pos[j * 3 + 1]!, pos[j * 3 + 2]!, ...quats[j]!], j * 7);
          }
          Object.assign(s, { flags, level, seq, timeMs });
          const bytes = encodePose(s, new Uint8Array(POSE_FRAME_BYTES));
          expect(checkPoseFrame(bytes)).toBeNull();
          const d = decodePose(bytes);
          expect([d.flags, d.level, d.seq, d.timeMs, d.seat]).toEqual([
            flags,
            level,
            seq,
            timeMs,
            0,
          ]);
          for (let j = 0; j < 3; j++) {
            for (let k = 0; k < 3; k++) {
              expect(Math.abs(d.values[j * 7 + k]! - s.values[j * 7 + k]!)).toBeLessThanOrEqual(
                0.0006,
              );
            }
            expect(
              angleBetween(s.values.subarray(j * 7 + 3), d.values.subarray(j * 7 + 3)),
            ).toBeLessThan(0.004);
          }
        },
      ),
    );
  });

  it('clamps what it sends to the reach limit, and refuses frames beyond it', () => {
    const s = createPoseSample();
    s.values[0] = 50;
    s.values[1] = Number.POSITIVE_INFINITY;
    const bytes = encodePose(s, new Uint8Array(POSE_FRAME_BYTES));
    expect(decodePose(bytes).values[0]).toBeCloseTo(MAX_REACH_MM / 1000, 5);
    expect(decodePose(bytes).values[1]).toBe(0);
    new DataView(bytes.buffer).setInt16(12, 20_000, true);
    expect(checkPoseFrame(bytes)).toBe('reach');
    expect(() => decodePose(bytes)).toThrow(/reach/);
  });

  it('refuses frames of the wrong length, kind or flags', () => {
    const good = encodePose(createPoseSample(), new Uint8Array(POSE_FRAME_BYTES));
    expect(checkPoseFrame(good.subarray(0, 39))).toBe('length');
    expect(checkPoseFrame(new Uint8Array(41))).toBe('length');
    expect(checkPoseFrame(new Uint8Array(0))).toBe('length');
    const wrongKind = good.slice();
    wrongKind[0] = 0x51;
    expect(checkPoseFrame(wrongKind)).toBe('kind');
    const badFlags = good.slice();
    badFlags[2] = 0x80;
    expect(checkPoseFrame(badFlags)).toBe('flags');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 80 }), (junk) => {
        const problem = checkPoseFrame(junk);
        if (problem === null) expect(() => decodePose(junk)).not.toThrow();
        else expect(() => decodePose(junk)).toThrow();
      }),
    );
  });

  it('lets the server stamp the true sender over whatever the client wrote', () => {
    const s = createPoseSample();
    s.seat = 7;
    const bytes = encodePose(s, new Uint8Array(POSE_FRAME_BYTES));
    stampSenderSeat(bytes, 2);
    expect(decodePose(bytes).seat).toBe(2);
  });

  it('orders sequence numbers across the 16-bit wrap', () => {
    expect(seqNewer(1, 0)).toBe(true);
    expect(seqNewer(0, 0xffff)).toBe(true);
    expect(seqNewer(0xffff, 0)).toBe(false);
    expect(seqNewer(5, 5)).toBe(false);
  });
});
