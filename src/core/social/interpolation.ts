import {
  JOINT_FLOATS,
  JOINTS,
  POSE_FLOATS,
  POSE_INTERVAL_MS,
  seqNewer,
  type PoseSample,
} from './poseCodec.ts';

/**
 * A receiver's buffer of one remote avatar's poses, played back a little behind real time so
 * that motion stays smooth when frames arrive unevenly. Everything is preallocated: pushing and
 * sampling allocate nothing, so it can run inside a render loop.
 *
 * Sender clocks are not synchronised with ours. The buffer maps sender time to local time with the
 * smallest (arrival - sent) seen recently, i.e. the least-delayed frame, then plays back
 * `delayMs` behind that. Past the newest frame it holds still rather than guessing ahead.
 */

export const BUFFER_CAPACITY = 8;
/** 1.5 frame intervals: enough to ride out one late frame at 15 Hz. */
export const DEFAULT_PLAYOUT_DELAY_MS = Math.round(POSE_INTERVAL_MS * 1.5);

export interface PoseBuffer {
  delayMs: number;
  count: number;
  /** Index of the oldest sample in the ring. */
  head: number;
  lastSeq: number;
  /** Sender time, unwrapped to a monotonic number. */
  times: Float64Array;
  arrivals: Float64Array;
  flags: Uint8Array;
  levels: Uint8Array;
  values: Float32Array;
  /** Last raw 32-bit sender time and the running unwrap offset. */
  lastRawTime: number;
  unwrap: number;
}

export function createPoseBuffer(delayMs = DEFAULT_PLAYOUT_DELAY_MS): PoseBuffer {
  return {
    delayMs,
    count: 0,
    head: 0,
    lastSeq: 0,
    times: new Float64Array(BUFFER_CAPACITY),
    arrivals: new Float64Array(BUFFER_CAPACITY),
    flags: new Uint8Array(BUFFER_CAPACITY),
    levels: new Uint8Array(BUFFER_CAPACITY),
    values: new Float32Array(BUFFER_CAPACITY * POSE_FLOATS),
    lastRawTime: 0,
    unwrap: 0,
  };
}

const WRAP = 2 ** 32;

/**
 * Adds a received sample. Returns false (and ignores it) when it is not newer than the last one:
 * frames that arrive late or twice never make an avatar jump backwards.
 */
export function pushPose(buffer: PoseBuffer, sample: PoseSample, arrivalMs: number): boolean {
  if (buffer.count > 0 && !seqNewer(sample.seq, buffer.lastSeq)) return false;
  if (
    buffer.count > 0 &&
    sample.timeMs < buffer.lastRawTime &&
    buffer.lastRawTime - sample.timeMs > WRAP / 2
  ) {
    buffer.unwrap += WRAP;
  }
  const time = sample.timeMs + buffer.unwrap;
  if (buffer.count > 0) {
    const newest = (buffer.head + buffer.count - 1) % BUFFER_CAPACITY;
    if (time <= buffer.times[newest]!) return false;
  }
  buffer.lastRawTime = sample.timeMs;
  buffer.lastSeq = sample.seq;
  let slot: number;
  if (buffer.count < BUFFER_CAPACITY) {
    slot = (buffer.head + buffer.count) % BUFFER_CAPACITY;
    buffer.count++;
  } else {
    slot = buffer.head;
    buffer.head = (buffer.head + 1) % BUFFER_CAPACITY;
  }
  buffer.times[slot] = time;
  buffer.arrivals[slot] = arrivalMs;
  buffer.flags[slot] = sample.flags;
  buffer.levels[slot] = sample.level;
  buffer.values.set(sample.values, slot * POSE_FLOATS);
  return true;
}

/** Local ms minus sender ms for the least-delayed buffered frame. */
function clockOffset(buffer: PoseBuffer): number {
  let best = Infinity;
  for (let i = 0; i < buffer.count; i++) {
    const slot = (buffer.head + i) % BUFFER_CAPACITY;
    best = Math.min(best, buffer.arrivals[slot]! - buffer.times[slot]!);
  }
  return best;
}

/** What `samplePose` wrote besides the joint values. */
export interface PoseReading {
  flags: number;
  level: number;
  /** Local ms since the newest frame arrived: a receiver fades an avatar that went silent. */
  staleMs: number;
}

export function createPoseReading(): PoseReading {
  return { flags: 0, level: 0, staleMs: Infinity };
}

/**
 * Writes the interpolated pose at local time `nowMs` into `out` (POSE_FLOATS long). Returns false
 * when nothing has been received yet.
 */
export function samplePose(
  buffer: PoseBuffer,
  nowMs: number,
  out: Float32Array,
  reading: PoseReading,
): boolean {
  if (buffer.count === 0) return false;
  const target = nowMs - clockOffset(buffer) - buffer.delayMs;
  const oldest = buffer.head;
  const newest = (buffer.head + buffer.count - 1) % BUFFER_CAPACITY;
  reading.staleMs = nowMs - buffer.arrivals[newest]!;
  if (target <= buffer.times[oldest]!) return copySlot(buffer, oldest, out, reading);
  if (target >= buffer.times[newest]!) return copySlot(buffer, newest, out, reading);
  for (let i = 0; i < buffer.count - 1; i++) {
    const a = (buffer.head + i) % BUFFER_CAPACITY;
    const b = (a + 1) % BUFFER_CAPACITY;
    const ta = buffer.times[a]!;
    const tb = buffer.times[b]!;
    if (target >= ta && target <= tb) {
      const t = (target - ta) / (tb - ta);
      blend(buffer.values, a * POSE_FLOATS, b * POSE_FLOATS, t, out);
      const nearer = t < 0.5 ? a : b;
      reading.flags = buffer.flags[nearer]!;
      reading.level = buffer.levels[a]! + (buffer.levels[b]! - buffer.levels[a]!) * t;
      return true;
    }
  }
  return copySlot(buffer, newest, out, reading);
}

function copySlot(buffer: PoseBuffer, slot: number, out: Float32Array, reading: PoseReading) {
  const from = slot * POSE_FLOATS;
  for (let i = 0; i < POSE_FLOATS; i++) out[i] = buffer.values[from + i]!;
  reading.flags = buffer.flags[slot]!;
  reading.level = buffer.levels[slot]!;
  return true;
}

/** Linear positions, normalised-lerp rotations (shortest way round): cheap and smooth. */
function blend(values: Float32Array, a: number, b: number, t: number, out: Float32Array): void {
  for (let j = 0; j < JOINTS; j++) {
    const f = j * JOINT_FLOATS;
    for (let k = 0; k < 3; k++) {
      out[f + k] = values[a + f + k]! + (values[b + f + k]! - values[a + f + k]!) * t;
    }
    let dot = 0;
    for (let k = 3; k < 7; k++) dot += values[a + f + k]! * values[b + f + k]!;
    const sign = dot < 0 ? -1 : 1;
    let len = 0;
    for (let k = 3; k < 7; k++) {
      const q = values[a + f + k]! * (1 - t) + values[b + f + k]! * sign * t;
      out[f + k] = q;
      len += q * q;
    }
    len = Math.sqrt(len) || 1;
    for (let k = 3; k < 7; k++) out[f + k] = out[f + k]! / len;
  }
}
