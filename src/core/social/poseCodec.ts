/**
 * Compact binary pose frames for social rooms: head and both hands, position and orientation,
 * sent about 15 times a second. A frame is 40 bytes:
 *
 *   0  u8   kind (POSE_FRAME_KIND)
 *   1  u8   sender seat (1..8). Clients send 0; the server stamps the sender's real seat, so a
 *           client can never speak for another seat.
 *   2  u8   flags: bit 0 left hand tracked, bit 1 right hand tracked
 *   3  u8   voice level 0..255 (drives the speaking indicator without analysing audio)
 *   4  u16  sequence number (wraps)
 *   6  u32  sender clock, ms (wraps)
 *  10  head, 20 left hand, 30 right hand: each 3 x i16 position in mm relative to the seat, then
 *           a u32 "smallest three" quaternion (2-bit index of the dropped component, 3 x 10 bits).
 *
 * Positions are in the sender's own seated space (origin on the floor at the seat, facing -Z), so
 * the receiver places them at the sender's seat. Anything farther than MAX_REACH_MM from the seat
 * is refused: nobody can push an avatar across the room or into another person's face.
 */

export const POSE_FRAME_KIND = 0x50;
export const POSE_FRAME_BYTES = 40;
export const POSE_HZ = 15;
export const POSE_INTERVAL_MS = 1000 / POSE_HZ;
/** 3 m: more than any seated reach (and a standing head at 2 m), far less than the room. */
export const MAX_REACH_MM = 3000;
/** Seven floats per joint: position x, y, z (metres) and quaternion x, y, z, w. */
export const JOINT_FLOATS = 7;
export const JOINTS = 3;
export const POSE_FLOATS = JOINT_FLOATS * JOINTS;
export const JOINT_HEAD = 0;
export const JOINT_LEFT = 1;
export const JOINT_RIGHT = 2;
export const FLAG_LEFT = 1;
export const FLAG_RIGHT = 2;

/** One decoded pose, as plain mutable data so a receiver can decode without allocating. */
export interface PoseSample {
  seat: number;
  flags: number;
  level: number;
  seq: number;
  timeMs: number;
  /** JOINTS x [px, py, pz, qx, qy, qz, qw]. */
  values: Float32Array;
}

export function createPoseSample(): PoseSample {
  const values = new Float32Array(POSE_FLOATS);
  for (let j = 0; j < JOINTS; j++) values[j * JOINT_FLOATS + 6] = 1;
  return { seat: 0, flags: 0, level: 0, seq: 0, timeMs: 0, values };
}

const QUAT_BITS = 10;
const QUAT_BASE = 1 << QUAT_BITS;
/** 1022, not 1023: an odd number of levels puts one exactly on zero, so the identity is exact. */
const QUAT_MAX = QUAT_BASE - 2;
const QUAT_RANGE = Math.SQRT1_2;

function quantiseComponent(v: number): number {
  const clamped = Math.max(-QUAT_RANGE, Math.min(QUAT_RANGE, v));
  return Math.round(((clamped + QUAT_RANGE) / (2 * QUAT_RANGE)) * QUAT_MAX);
}

function dequantiseComponent(q: number): number {
  return (q / QUAT_MAX) * 2 * QUAT_RANGE - QUAT_RANGE;
}

function component(i: number, x: number, y: number, z: number, w: number): number {
  return i === 0 ? x : i === 1 ? y : i === 2 ? z : w;
}

/** Packs a quaternion (normalised here; a broken one becomes the identity) into 32 bits. */
export function packQuaternion(x: number, y: number, z: number, w: number): number {
  const len = Math.hypot(x, y, z, w);
  if (!Number.isFinite(len) || len < 1e-6) return packQuaternion(0, 0, 0, 1);
  let largest = 0;
  for (let i = 1; i < 4; i++) {
    if (Math.abs(component(i, x, y, z, w)) > Math.abs(component(largest, x, y, z, w))) largest = i;
  }
  // q and -q are the same rotation: make the dropped component positive so it can be rebuilt.
  const scale = (component(largest, x, y, z, w) < 0 ? -1 : 1) / len;
  let packed = largest;
  for (let i = 0; i < 4; i++) {
    if (i === largest) continue;
    packed = packed * QUAT_BASE + quantiseComponent(component(i, x, y, z, w) * scale);
  }
  return packed >>> 0;
}

/** Unpacks into `out` at `offset` (x, y, z, w). No allocation: it runs per received frame. */
export function unpackQuaternion(packed: number, out: Float32Array, offset: number): void {
  const base = QUAT_BASE;
  let rest = packed >>> 0;
  const c2 = dequantiseComponent(rest % base);
  rest = Math.floor(rest / base);
  const c1 = dequantiseComponent(rest % base);
  rest = Math.floor(rest / base);
  const c0 = dequantiseComponent(rest % base);
  const largest = Math.floor(rest / base) & 3;
  const big = Math.sqrt(Math.max(0, 1 - c0 * c0 - c1 * c1 - c2 * c2));
  let k = 0;
  for (let i = 0; i < 4; i++) {
    out[offset + i] = i === largest ? big : k === 0 ? c0 : k === 1 ? c1 : c2;
    if (i !== largest) k++;
  }
}

function toMm(metres: number): number {
  if (!Number.isFinite(metres)) return 0;
  const mm = Math.round(metres * 1000);
  return Math.max(-MAX_REACH_MM, Math.min(MAX_REACH_MM, mm));
}

/**
 * Writes a pose into `bytes` (at least POSE_FRAME_BYTES long). Positions are clamped to the
 * reach limit, so an encoded frame always decodes.
 */
export function encodePose(sample: PoseSample, bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, POSE_FRAME_BYTES);
  view.setUint8(0, POSE_FRAME_KIND);
  view.setUint8(1, sample.seat & 0xff);
  view.setUint8(2, sample.flags & (FLAG_LEFT | FLAG_RIGHT));
  view.setUint8(3, Math.max(0, Math.min(255, Math.round(sample.level))));
  view.setUint16(4, sample.seq & 0xffff, true);
  view.setUint32(6, Math.floor(sample.timeMs) >>> 0, true);
  const v = sample.values;
  for (let j = 0; j < JOINTS; j++) {
    const at = 10 + j * 10;
    const f = j * JOINT_FLOATS;
    view.setInt16(at, toMm(v[f]!), true);
    view.setInt16(at + 2, toMm(v[f + 1]!), true);
    view.setInt16(at + 4, toMm(v[f + 2]!), true);
    view.setUint32(at + 6, packQuaternion(v[f + 3]!, v[f + 4]!, v[f + 5]!, v[f + 6]!), true);
  }
  return bytes;
}

export type PoseFrameProblem = 'length' | 'kind' | 'reach' | 'flags';

/** Why a frame is refused, or null if it is a well-formed pose frame. Cheap: no allocation. */
export function checkPoseFrame(bytes: Uint8Array): PoseFrameProblem | null {
  if (bytes.byteLength !== POSE_FRAME_BYTES) return 'length';
  if (bytes[0] !== POSE_FRAME_KIND) return 'kind';
  if ((bytes[2]! & ~(FLAG_LEFT | FLAG_RIGHT)) !== 0) return 'flags';
  const view = new DataView(bytes.buffer, bytes.byteOffset, POSE_FRAME_BYTES);
  for (let j = 0; j < JOINTS; j++) {
    const at = 10 + j * 10;
    for (let k = 0; k < 3; k++) {
      if (Math.abs(view.getInt16(at + k * 2, true)) > MAX_REACH_MM) return 'reach';
    }
  }
  return null;
}

/** Decodes a checked frame into `out`. Throws on a frame `checkPoseFrame` refuses. */
export function decodePose(bytes: Uint8Array, out: PoseSample = createPoseSample()): PoseSample {
  const problem = checkPoseFrame(bytes);
  if (problem) throw new Error(`bad pose frame: ${problem}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, POSE_FRAME_BYTES);
  out.seat = view.getUint8(1);
  out.flags = view.getUint8(2);
  out.level = view.getUint8(3);
  out.seq = view.getUint16(4, true);
  out.timeMs = view.getUint32(6, true);
  for (let j = 0; j < JOINTS; j++) {
    const at = 10 + j * 10;
    const f = j * JOINT_FLOATS;
    out.values[f] = view.getInt16(at, true) / 1000;
    out.values[f + 1] = view.getInt16(at + 2, true) / 1000;
    out.values[f + 2] = view.getInt16(at + 4, true) / 1000;
    unpackQuaternion(view.getUint32(at + 6, true), out.values, f + 3);
  }
  return out;
}

/** The server's stamp: overwrite the sender seat so a frame always names its true sender. */
export function stampSenderSeat(bytes: Uint8Array, seat: number): void {
  bytes[1] = seat & 0xff;
}

/** True when sequence number `a` is newer than `b`, across the 16-bit wrap. */
export function seqNewer(a: number, b: number): boolean {
  const d = (a - b) & 0xffff;
  return d !== 0 && d < 0x8000;
}
