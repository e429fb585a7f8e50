/**
 * The shape of the glade, in world metres: the viewer sits at the origin (ground height 0) facing
 * -Z, in a clearing that runs further ahead than behind, ringed by tall trees. Pure functions of
 * position, used once to build the ground and to stand everything on it.
 */

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/** Angle of (x, z) measured from -Z toward +X, like the sky's azimuth. */
export function azimuth(x: number, z: number): number {
  return Math.atan2(x, -z);
}

/** Distance from the viewer to the edge of the clearing (where the trees begin) at an azimuth. */
export function clearingRadius(angle: number): number {
  return (
    11.5 + 3.5 * Math.cos(angle) + 1.4 * Math.sin(3 * angle + 1.1) + 0.8 * Math.sin(5 * angle + 2.3)
  );
}

/** How far (x, z) is inside (negative) or outside (positive) the clearing's edge. */
export function beyondClearing(x: number, z: number): number {
  return Math.hypot(x, z) - clearingRadius(azimuth(x, z));
}

function rawHeight(x: number, z: number): number {
  const r = Math.hypot(x, z);
  // Soft swells in the turf and among the trees, growing with distance.
  const swell =
    0.35 * Math.sin(x * 0.11 + 1.3) * Math.sin(z * 0.09 - 0.4) +
    0.18 * Math.sin(x * 0.27 + z * 0.21 + 0.7) +
    0.08 * Math.sin(x * 0.63 - z * 0.52);
  // The clearing sits in a shallow hollow: the wood rises gently all round.
  const rise = 1.6 * smoothstep(8, 60, r) + 2.5 * smoothstep(40, 140, r);
  return swell * smoothstep(1.5, 9, r) + rise;
}

const ORIGIN_HEIGHT = rawHeight(0, 0);

/** World y of the ground: 0 under the viewer. */
export function groundHeight(x: number, z: number): number {
  return rawHeight(x, z) - ORIGIN_HEIGHT;
}
