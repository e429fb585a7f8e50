/**
 * The shape of the cove, in world metres: the viewer sits at the origin (ground height 0) facing
 * -Z, the mean waterline curves round 2.5 m ahead, and two long arms run out to sea either side.
 * Pure functions of position, used once to build the sand and to tell the sea how deep it is.
 */

/** Metres from the viewer to the mean waterline, straight ahead. */
export const SHORE_AHEAD_M = 2.5;
/** How quickly the waterline curves away to each side (left, right: a little asymmetric). */
const COVE_CURVE_LEFT = 0.0065;
const COVE_CURVE_RIGHT = 0.005;
/** Beyond this |x| the cove's arms run straight out to sea. */
const ARM_START_M = 55;

/** The beach face slopes 1:14 down to the sea; the berm the viewer sits on is nearly flat. */
const FACE_SLOPE = 0.07;
const BERM_SLOPE = 0.02;
const BERM_EDGE_M = 2.5;

function curveFor(x: number): number {
  return x < 0 ? COVE_CURVE_LEFT : COVE_CURVE_RIGHT;
}

/** z of the mean waterline at x (negative: ahead of the viewer). */
export function shoreZ(x: number): number {
  const c = curveFor(x);
  const ax = Math.abs(x);
  if (ax <= ARM_START_M) return -SHORE_AHEAD_M - c * ax * ax;
  return -SHORE_AHEAD_M - c * ARM_START_M * ARM_START_M - 2 * c * ARM_START_M * (ax - ARM_START_M);
}

/** Roughly perpendicular distance from the mean waterline: positive on land, negative at sea. */
export function landward(x: number, z: number): number {
  const slope = 2 * curveFor(x) * Math.min(Math.abs(x), ARM_START_M);
  return (z - shoreZ(x)) / Math.sqrt(1 + slope * slope);
}

/** Beach profile across the shore: 1:14 face, easing onto the berm (a smooth hyperbola). */
function profile(u: number): number {
  const e = u - BERM_EDGE_M;
  return BERM_SLOPE * u + ((FACE_SLOPE - BERM_SLOPE) / 2) * (e - Math.sqrt(e * e + 1));
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

function heightAboveMeanSea(x: number, z: number): number {
  const u = landward(x, z);
  // Soft hummocks on the dry sand, fading out before the waterline so the edge stays clean.
  const hummocks =
    0.05 * Math.sin(x * 0.55 + z * 0.2) * Math.sin(z * 0.43 - x * 0.17) * smoothstep(2, 6, u);
  // Low dunes behind the viewer and along the arms.
  const duneHeight = 1.7 + 0.8 * Math.sin(x * 0.045 + 1.3) + 0.45 * Math.sin(x * 0.13 + z * 0.07);
  const dunes = smoothstep(11, 34, u) * duneHeight;
  return profile(u) - profile(0) + hummocks + dunes;
}

/** World y of the mean sea surface: the ground under the viewer is 0. */
export const SEA_LEVEL = -heightAboveMeanSea(0, 0);

/** World y of the ground (sand, dunes, sea floor) at (x, z). */
export function groundHeight(x: number, z: number): number {
  return heightAboveMeanSea(x, z) + SEA_LEVEL;
}
