/**
 * The stars, laid out on a grid of equal-area cells over the sky (azimuth × sine of elevation).
 * A cell holds a star when an integer hash of its index says so, so the sky (one Points draw
 * call, built here once) and the lake (which looks up the one cell its mirrored ray falls in,
 * in STAR_LOOKUP_GLSL) agree exactly on where every star is, how bright, and how it twinkles.
 */

/** Cells round the horizon and from the horizon to the zenith (about a quarter degree each). */
export const STAR_CELLS_AROUND = 1440;
export const STAR_CELLS_UP = 220;
/** Chance a cell holds a star; more along the faint band of the Milky Way. */
const STAR_CHANCE = 0.0085;
const MILKY_WAY_EXTRA = 2.2;
/** The Milky Way's great circle, as the unit normal of its plane (arching high over the left). */
export const MILKY_WAY_POLE = [0.62, 0.5, 0.6] as const;
const MILKY_WAY_POLE_LENGTH = Math.hypot(...MILKY_WAY_POLE);
/** Stars start this high (sine of elevation): lower down the hills hide them anyway. */
const LOWEST_SIN = 0.02;

/** Same integer hash as the GLSL (lowbias32): identical bits on the CPU and the GPU. */
function hashU(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function hashF(x: number): number {
  return (hashU(x >>> 0) >>> 8) / 16777216;
}

function chance(sx: number, sy: number, sz: number): number {
  const band =
    (sx * MILKY_WAY_POLE[0] + sy * MILKY_WAY_POLE[1] + sz * MILKY_WAY_POLE[2]) /
    MILKY_WAY_POLE_LENGTH;
  return STAR_CHANCE * (1 + MILKY_WAY_EXTRA * Math.exp(-(band * band) / 0.03));
}

export interface StarField {
  /** Unit directions, scaled by the caller to the stars' sphere. */
  directions: Float32Array;
  /** Per star: brightness 0..1, twinkle phase (radians), twinkle speed (radians/s). */
  twinkle: Float32Array;
  /** Per star: warmth 0 (blue-white) .. 1 (warm). */
  warmth: Float32Array;
  count: number;
}

/**
 * Every star above `LOWEST_SIN`, except those behind the moon (`avoid`, a unit direction, and
 * `avoidRadius`, a chord length).
 */
export function createStarField(avoid: readonly [number, number, number], avoidRadius: number) {
  const directions: number[] = [];
  const twinkle: number[] = [];
  const warmth: number[] = [];
  for (let v = 0; v < STAR_CELLS_UP; v++) {
    for (let u = 0; u < STAR_CELLS_AROUND; u++) {
      const id = u + v * STAR_CELLS_AROUND;
      const h = hashF(id);
      // Jittered within the middle of its cell, so a star never straddles a cell's edge.
      const su = (u + 0.25 + 0.5 * hashF(id * 3 + 1)) / STAR_CELLS_AROUND;
      const sy = (v + 0.25 + 0.5 * hashF(id * 3 + 2)) / STAR_CELLS_UP;
      if (sy < LOWEST_SIN) continue;
      const az = (su - 0.5) * Math.PI * 2;
      const cosEl = Math.sqrt(1 - sy * sy);
      const sx = Math.sin(az) * cosEl;
      const sz = -Math.cos(az) * cosEl;
      const p = chance(sx, sy, sz);
      if (h >= p) continue;
      if (Math.hypot(sx - avoid[0], sy - avoid[1], sz - avoid[2]) < avoidRadius) continue;
      const m = h / p;
      directions.push(sx, sy, sz);
      twinkle.push(...starLook(m));
      warmth.push(fract(m * 31));
    }
  }
  return {
    directions: new Float32Array(directions),
    twinkle: new Float32Array(twinkle),
    warmth: new Float32Array(warmth),
    count: warmth.length,
  } satisfies StarField;
}

function fract(x: number): number {
  return x - Math.floor(x);
}

/** Brightness, twinkle phase and speed from the star's 0..1 draw (mirrored in the GLSL). */
function starLook(m: number): [number, number, number] {
  return [
    0.12 + 0.88 * Math.pow(1 - m, 5),
    fract(m * 97) * Math.PI * 2,
    0.35 + 0.6 * fract(m * 53),
  ];
}

/**
 * GLSL: the star light a ray in direction `r` (unit) meets, for a pixel `pixel` radians wide.
 * Needs hashU / hashF from HASH_GLSL and `uTime`.
 */
export const STAR_LOOKUP_GLSL = /* glsl */ `
const float STAR_AROUND = ${STAR_CELLS_AROUND.toFixed(1)};
const float STAR_UP = ${STAR_CELLS_UP.toFixed(1)};
const vec3 MILKY_WAY_POLE = vec3(${MILKY_WAY_POLE.map((v) => (v / MILKY_WAY_POLE_LENGTH).toFixed(5)).join(', ')});

float starChance(vec3 s) {
  float band = dot(s, MILKY_WAY_POLE);
  return ${STAR_CHANCE} * (1.0 + ${MILKY_WAY_EXTRA.toFixed(2)} * exp(-(band * band) / 0.03));
}

float starTwinkle(float phase, float speed, float sinEl) {
  // A slow, shallow shimmer (deeper near the horizon, through more air): never a flash.
  float depth = mix(0.28, 0.12, smoothstep(0.05, 0.5, sinEl));
  return 1.0 - depth * (0.5 + 0.5 * sin(uTime * speed + phase));
}

vec3 starAt(vec3 r, float pixel) {
  if (r.y < ${LOWEST_SIN}) return vec3(0.0);
  float az = atan(r.x, -r.z);
  vec2 cell = floor(vec2((az * 0.15915494 + 0.5) * STAR_AROUND, r.y * STAR_UP));
  uint id = uint(cell.x) + uint(cell.y) * ${STAR_CELLS_AROUND}U;
  float h = hashF(id);
  if (h > 0.03) return vec3(0.0);
  float su = (cell.x + 0.25 + 0.5 * hashF(id * 3U + 1U)) / STAR_AROUND;
  float sy = (cell.y + 0.25 + 0.5 * hashF(id * 3U + 2U)) / STAR_UP;
  float saz = (su - 0.5) * 6.2831853;
  float cosEl = sqrt(1.0 - sy * sy);
  vec3 s = vec3(sin(saz) * cosEl, sy, -cos(saz) * cosEl);
  float p = starChance(s);
  if (h >= p) return vec3(0.0);
  float m = h / p;
  float brightness = 0.12 + 0.88 * pow(1.0 - m, 5.0);
  float tw = starTwinkle(fract(m * 97.0) * 6.2831853, 0.35 + 0.6 * fract(m * 53.0), sy);
  float d = length(r - s) / max(pixel, 1e-5);
  vec3 tint = mix(vec3(0.8, 0.88, 1.0), vec3(1.0, 0.9, 0.75), fract(m * 31.0));
  return tint * brightness * tw * exp(-d * d * 0.9) * smoothstep(${LOWEST_SIN}, 0.12, sy);
}
`;
