/**
 * Seated and standing comfort as pure maths. The XR origin (the resident's feet in the scene) is
 * moved so the head comes back to the scene's viewpoint, facing the scene: yaw and floor position
 * always, and for a seated resident the height too, so a low or high chair still puts the eyes
 * where the scene was composed. Pitch and roll are never touched: the horizon stays level.
 */

export type Posture = 'seated' | 'standing';
export const POSTURES: readonly Posture[] = ['seated', 'standing'];

/** A head pose in the XR reference space: position in metres and yaw in radians (0 = facing -Z). */
export interface HeadPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
}

/** Where to put the XR origin in the scene: position and yaw about the vertical axis. */
export interface OriginTransform {
  x: number;
  y: number;
  z: number;
  yaw: number;
}

/** A seated floor offset never moves the world by more than this (a bad reading must not). */
export const MAX_FLOOR_OFFSET_M = 0.8;

/** Yaw of a forward vector (x, z), with 0 facing -Z and positive turning left (as three.js). */
export function yawOf(forwardX: number, forwardZ: number): number {
  return Math.atan2(-forwardX, -forwardZ);
}

export function recentreOrigin(
  head: HeadPose,
  posture: Posture,
  eyeHeight: number,
): OriginTransform {
  const yaw = -head.yaw;
  // The head's position once the origin has turned by `yaw` (rotation about +Y).
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  const rx = c * head.x + s * head.z;
  const rz = -s * head.x + c * head.z;
  const offset =
    posture === 'seated'
      ? Math.max(-MAX_FLOOR_OFFSET_M, Math.min(MAX_FLOOR_OFFSET_M, eyeHeight - head.y))
      : 0;
  return { x: -rx, y: offset, z: -rz, yaw };
}

/** The head's pose in the scene once the origin is placed (for tests and checks). */
export function headInScene(head: HeadPose, origin: OriginTransform): HeadPose {
  const c = Math.cos(origin.yaw);
  const s = Math.sin(origin.yaw);
  return {
    x: c * head.x + s * head.z + origin.x,
    y: head.y + origin.y,
    z: -s * head.x + c * head.z + origin.z,
    yaw: Math.atan2(Math.sin(head.yaw + origin.yaw), Math.cos(head.yaw + origin.yaw)),
  };
}
