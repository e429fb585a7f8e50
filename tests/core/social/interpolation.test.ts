import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPoseBuffer,
  createPoseReading,
  pushPose,
  samplePose,
} from '../../../src/core/social/interpolation.ts';
import { createPoseSample, POSE_FLOATS } from '../../../src/core/social/poseCodec.ts';

function sampleAt(seq: number, timeMs: number, x: number) {
  const s = createPoseSample();
  s.seq = seq;
  s.timeMs = timeMs;
  s.values[0] = x;
  s.level = 100;
  return s;
}

describe('pose interpolation buffer', () => {
  it('plays back a little behind the least-delayed frame, blending between frames', () => {
    const b = createPoseBuffer(100);
    const out = new Float32Array(POSE_FLOATS);
    const reading = createPoseReading();
    // sender clock 0, 66, 133 … arriving 5000 + t + jitter
    const jitter = [0, 30, 5, 20];
    for (let i = 0; i < 4; i++) pushPose(b, sampleAt(i, i * 66, i), 5000 + i * 66 + jitter[i]!);
    // offset is 5000; at local 5000 + 200 the target is sender time 100: between frames 1 and 2
    expect(samplePose(b, 5200, out, reading)).toBe(true);
    expect(out[0]).toBeCloseTo(1 + 34 / 66, 5);
    expect(out[6]).toBeCloseTo(1, 6);
    // long after the last frame: holds still at the newest, and says how stale it is
    samplePose(b, 9000, out, reading);
    expect(out[0]).toBe(3);
    expect(reading.staleMs).toBe(9000 - (5000 + 198 + 20));
  });

  it('ignores frames that arrive late or twice', () => {
    const b = createPoseBuffer();
    expect(pushPose(b, sampleAt(5, 500, 0), 0)).toBe(true);
    expect(pushPose(b, sampleAt(5, 500, 0), 1)).toBe(false);
    expect(pushPose(b, sampleAt(4, 433, 0), 2)).toBe(false);
    expect(pushPose(b, sampleAt(6, 566, 0), 3)).toBe(true);
    expect(b.count).toBe(2);
  });

  it('keeps working across the 32-bit sender clock and 16-bit sequence wraps', () => {
    const b = createPoseBuffer(0);
    const out = new Float32Array(POSE_FLOATS);
    const reading = createPoseReading();
    pushPose(b, sampleAt(0xfffe, 2 ** 32 - 70, 0), 1000);
    pushPose(b, sampleAt(0xffff, 2 ** 32 - 4, 1), 1066);
    expect(pushPose(b, sampleAt(0, 62, 2), 1132)).toBe(true);
    samplePose(b, 1132, out, reading);
    expect(out[0]).toBe(2);
  });

  it('never leaves the range of what was received, and always gives unit rotations', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 5000 }),
        (steps, probe) => {
          const b = createPoseBuffer();
          const out = new Float32Array(POSE_FLOATS);
          const reading = createPoseReading();
          let t = 0;
          let seq = 0;
          for (const [gap, delay] of steps) {
            t += gap;
            seq++;
            const s = sampleAt(seq, t, Math.sin(t));
            const a = t / 300;
            s.values.set([0, Math.sin(a), 0, Math.cos(a)], 3);
            pushPose(b, s, 10_000 + t + delay);
          }
          samplePose(b, 10_000 + probe, out, reading);
          expect(Math.abs(out[0]!)).toBeLessThanOrEqual(1);
          expect(Math.hypot(out[3]!, out[4]!, out[5]!, out[6]!)).toBeCloseTo(1, 5);
        },
      ),
    );
  });
});
