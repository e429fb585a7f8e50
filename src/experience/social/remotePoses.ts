import { createPoseBuffer, pushPose, type PoseBuffer } from '../../core/social/interpolation.ts';
import { checkPoseFrame, createPoseSample, decodePose } from '../../core/social/poseCodec.ts';
import { MAX_SEATS } from '../../core/social/seats.ts';

/**
 * The poses received for each seat, as plain mutable data (never React state): the socket
 * handler pushes into them and the avatars sample them every frame.
 */
export const remotePoses: PoseBuffer[] = Array.from({ length: MAX_SEATS + 1 }, () =>
  createPoseBuffer(),
);
const scratch = createPoseSample();
/** Frames received per seat, for the browser tests ("each sees the other's avatar move"). */
export const framesBySeat = new Uint32Array(MAX_SEATS + 1);

export function receivePoseFrame(bytes: Uint8Array, nowMs: number): void {
  if (checkPoseFrame(bytes) !== null) return;
  decodePose(bytes, scratch);
  const seat = scratch.seat;
  if (seat < 1 || seat > MAX_SEATS) return;
  if (pushPose(remotePoses[seat]!, scratch, nowMs)) framesBySeat[seat]!++;
}

/** Forget a seat's poses when someone leaves it, so the next person there starts fresh. */
export function clearSeat(seat: number): void {
  remotePoses[seat] = createPoseBuffer();
}
