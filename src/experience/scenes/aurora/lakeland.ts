import { seededRandom } from '../common/seededRandom.ts';

/**
 * The shape of the land and the lake, in world metres: the viewer sits at the origin (ground
 * height 0) on a gentle bank at the near end of a long lake, facing -Z across the water to a
 * wooded far shore, with higher hills beyond. Pure functions of position, used once at mount to
 * build the land, place the pines, and tell the water what it mirrors.
 */

/** Metres from the viewer to the water's edge, straight ahead. */
export const WATER_AHEAD_M = 3.6;
/** Half the lake's width (x) and half its length (z): an oval reaching 480 m ahead. */
const LAKE_HALF_WIDTH = 190;
const LAKE_HALF_LENGTH = 240;
const LAKE_CENTRE_Z = -(WATER_AHEAD_M + LAKE_HALF_LENGTH);
/** The bank rises this high over its first few tens of metres, then the hills begin. */
const BANK_RISE_M = 3;
const BANK_SCALE_M = 22;
/** The bank's slope at the water's edge (d/dd of the bank's rise at d = 0). */
const BANK_EDGE_SLOPE = BANK_RISE_M / BANK_SCALE_M;
/** Where the far ring of high hills stands, as a distance from the viewer. */
const FAR_HILLS_FROM_M = 560;
const FAR_HILLS_TO_M = 790;
export const LAND_RADIUS_M = 800;
/** No pines within this distance of the viewer, nor on the far hills. */
const PINES_NEAR_M = 16;
const PINES_FAR_M = 600;

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

/**
 * Signed distance from the water's edge, measured along the line from the lake's centre:
 * positive on land, negative in the water. Exact enough for an oval with gentle coves.
 */
export function beyondShore(x: number, z: number): number {
  const dz = z - LAKE_CENTRE_Z;
  const rho = Math.hypot(x, dz);
  // Angle round the lake from its far end (0) to the viewer's end (±π).
  const theta = Math.atan2(x, -dz);
  const s = Math.sin(theta) / LAKE_HALF_WIDTH;
  const c = Math.cos(theta) / LAKE_HALF_LENGTH;
  const radius = 1 / Math.sqrt(s * s + c * c);
  // Coves and points along the shore, fading out near the viewer so the edge ahead stays put.
  const nearEnd = Math.PI - Math.abs(theta);
  const coves =
    smoothstep(0.05, 0.35, nearEnd) *
    (0.07 * Math.sin(3 * theta + 0.7) +
      0.045 * Math.sin(5 * theta + 2.1) +
      0.025 * Math.sin(11 * theta + 0.3));
  return rho - radius * (1 + coves);
}

/** Height of the rolling hills that rise behind the shores (before the bank and far ring). */
function hills(x: number, z: number): number {
  return (
    24 +
    12 * Math.sin(x * 0.011 + 1.3) * Math.sin(z * 0.009 + 0.4) +
    8 * Math.sin(x * 0.027 - z * 0.019 + 2.0) +
    3 * Math.sin(x * 0.071 + z * 0.053)
  );
}

/** The high ring of hills far off, as a function of the direction from the viewer. */
function farHills(azimuth: number): number {
  return (
    78 +
    34 * Math.sin(azimuth * 2 + 0.9) +
    22 * Math.sin(azimuth * 5 + 2.4) +
    9 * Math.sin(azimuth * 13 + 0.5)
  );
}

/** Height above the water of the land at (x, z); negative on the lake bed. */
function rise(x: number, z: number): number {
  const d = beyondShore(x, z);
  // The lake bed carries on the bank's slope through the water's edge (a kink there would make the
  // triangulated shoreline zigzag), then shelves away so the water never flickers against it.
  if (d < 0) return Math.max(BANK_EDGE_SLOPE * d - 0.04 * d * d, -4);
  const r = Math.hypot(x, z);
  const bank = BANK_RISE_M * (1 - Math.exp(-d / BANK_SCALE_M));
  // Soft hummocks on the bank, gone before the water's edge.
  const hummocks =
    0.12 * Math.sin(x * 0.7 + z * 0.3) * Math.sin(z * 0.55 - x * 0.2) * smoothstep(1.5, 5, d);
  const rolling = hills(x, z) * smoothstep(14, 140, d);
  const far = farHills(Math.atan2(x, -z)) * smoothstep(FAR_HILLS_FROM_M, FAR_HILLS_TO_M, r);
  return bank + hummocks + rolling + far;
}

/** World y of the still water: the ground under the viewer is 0. */
export const WATER_LEVEL = -rise(0, 0);

export function groundHeight(x: number, z: number): number {
  return WATER_LEVEL + rise(x, z);
}

export interface Pine {
  x: number;
  y: number;
  z: number;
  height: number;
  /** Radius of the lowest, widest tier. */
  radius: number;
  /** Turn about the trunk, so no two pines show the same face. */
  turn: number;
}

const PINE_COUNT = 1300;

function placePines(): Pine[] {
  const rand = seededRandom(11);
  const pines: Pine[] = [];
  for (let attempt = 0; pines.length < PINE_COUNT && attempt < PINE_COUNT * 40; attempt++) {
    const angle = (rand() * 2 - 1) * Math.PI;
    const r = PINES_NEAR_M + Math.pow(rand(), 1.25) * (PINES_FAR_M - PINES_NEAR_M);
    const x = Math.sin(angle) * r;
    const z = -Math.cos(angle) * r;
    const d = beyondShore(x, z);
    // Back from the water's edge, thickest just behind the shore, and in stands with clearings.
    if (d < 5 + rand() * 6) continue;
    const stand =
      0.5 +
      0.5 * Math.sin(x * 0.029 + Math.sin(z * 0.021) * 2.2) * Math.sin(z * 0.033 - x * 0.012 + 0.8);
    const nearShore = 1 - smoothstep(40, 200, d);
    if (rand() > 0.25 + 0.75 * Math.max(stand, nearShore * 0.8)) continue;
    // Keep the bank around the viewer open: a few pines to the sides and behind, none ahead.
    if (r < 40 && Math.abs(angle) < 1.2) continue;
    const height = 9 + rand() * 9;
    pines.push({
      x,
      y: groundHeight(x, z) - 0.3,
      z,
      height,
      radius: height * (0.2 + rand() * 0.08),
      turn: rand() * Math.PI * 2,
    });
  }
  return pines;
}

let pineCache: Pine[] | null = null;

/** The pines, placed once and shared by the trees themselves and the lake that mirrors them. */
export function pines(): Pine[] {
  pineCache ??= placePines();
  return pineCache;
}

/**
 * What the lake mirrors, as seen from the eye's mirror image below the water: for each of
 * `HORIZON_BINS` directions round the viewer, the sine of the elevation of the land's (and
 * pines') silhouette, and how far off it is. Only land beyond where the water begins in that
 * direction counts (the bank in front of the water is never seen in it).
 */
export const HORIZON_BINS = 1024;
/** The silhouettes' sines of elevation are stored as bytes over this range. */
export const HORIZON_SIN_MIN = -0.1;
export const HORIZON_SIN_MAX = 0.8;

export interface HorizonProfile {
  /** Sine of the elevation of the nearer shores' silhouette (with their pines). */
  near: Float32Array;
  /** Sine of the elevation of the far ring of hills. */
  far: Float32Array;
  /** Distance (m) to the nearer silhouette, for its haze. */
  nearDistance: Float32Array;
}

export function horizonProfile(eyeAboveWater: number): HorizonProfile {
  const mirrorEye = WATER_LEVEL - eyeAboveWater;
  const near = new Float32Array(HORIZON_BINS).fill(HORIZON_SIN_MIN);
  const far = new Float32Array(HORIZON_BINS).fill(HORIZON_SIN_MIN);
  const nearDistance = new Float32Array(HORIZON_BINS).fill(LAND_RADIUS_M);
  const waterFrom = new Float32Array(HORIZON_BINS).fill(Infinity);
  const sinFrom = (dy: number, r: number) => dy / Math.hypot(dy, r);
  for (let i = 0; i < HORIZON_BINS; i++) {
    const az = ((i + 0.5) / HORIZON_BINS) * Math.PI * 2 - Math.PI;
    const sx = Math.sin(az);
    const sz = -Math.cos(az);
    let r = 0.5;
    while (r < LAND_RADIUS_M && beyondShore(sx * r, sz * r) > 0) r += r < 40 ? 0.25 : r * 0.01;
    if (r >= LAND_RADIUS_M) continue;
    waterFrom[i] = r;
    for (; r < LAND_RADIUS_M; r *= 1.015) {
      const ground = groundHeight(sx * r, sz * r);
      // The lake bed is under the water: only land above it shows in the mirror.
      if (ground <= WATER_LEVEL) continue;
      const s = sinFrom(ground - mirrorEye, r);
      if (r < FAR_HILLS_FROM_M) {
        if (s > near[i]!) {
          near[i] = s;
          nearDistance[i] = r;
        }
      } else if (s > far[i]!) far[i] = s;
    }
  }
  // Each pine as a narrow triangle of silhouette over the bins it covers.
  for (const p of pines()) {
    const r = Math.hypot(p.x, p.z);
    const az = Math.atan2(p.x, -p.z);
    const centre = ((az + Math.PI) / (Math.PI * 2)) * HORIZON_BINS;
    const halfBins = (Math.atan(p.radius / r) / (Math.PI * 2)) * HORIZON_BINS;
    const top = sinFrom(p.y + p.height - mirrorEye, r);
    const foot = sinFrom(p.y + p.height * 0.25 - mirrorEye, r);
    for (let b = Math.floor(centre - halfBins); b <= Math.ceil(centre + halfBins); b++) {
      const i = (b + HORIZON_BINS) % HORIZON_BINS;
      if (r < waterFrom[i]!) continue;
      const across = Math.min(1, Math.abs(b + 0.5 - centre) / Math.max(halfBins, 0.5));
      const s = top - (top - foot) * across;
      if (s > near[i]!) {
        near[i] = s;
        nearDistance[i] = r;
      }
    }
  }
  return { near, far, nearDistance };
}
