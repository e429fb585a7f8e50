/**
 * The night sky's lights as functions of view direction, shared by the sky dome and the lake
 * (which looks them up in the mirrored direction, so no reflection pass is needed). Cheap: each
 * curtain is a few sines and four lookups of 1D value noise; no loops, no textures.
 */

/** Integer hashing (identical bits to starField.ts on the CPU) and smooth 1D value noise. */
export const HASH_GLSL = /* glsl */ `
uint hashU(uint x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

float hashF(uint x) {
  return float(hashU(x) >> 8) * (1.0 / 16777216.0);
}

// 0..1, smooth, one lattice point per unit of x.
float noise1(float x, uint seed) {
  float i = floor(x);
  float f = x - i;
  uint n = uint(int(i)) * 0x9e3779b1U + seed;
  return mix(hashF(n), hashF(n + 0x9e3779b1U), f * f * (3.0 - 2.0 * f));
}
`;

/**
 * The northern lights. Each curtain is a sheet of light hanging from a wavy line far overhead,
 * seen from below: for a view direction the sheet's height there is its distance times the
 * tangent of the elevation, so nearer stretches stand higher in the sky and farther ones sink
 * toward the hills, as real curtains do. Where the sheet folds toward the eye it is seen edge-on
 * and glows brighter. Green at the lower border, teal in the body, violet in the high reach.
 * uAuroraGlow (the breath) scales the light; uAuroraReach lets the curtains stretch a little
 * higher on the in-breath. All motion is a slow drift (periods of a minute or more).
 */
export const AURORA_GLSL = /* glsl */ `
uniform float uTime;
uniform float uAuroraGlow;
uniform float uAuroraReach;
uniform vec3 uAuroraEdge;
uniform vec3 uAuroraBody;
uniform vec3 uAuroraHigh;

// x: light of the lower body, y: light of the high reach, z: height above the lower border.
vec3 curtain(float az, float tanEl, float dist, float centre, float halfWidth, float phase,
             uint seed) {
  float a = az - centre;
  float width = 1.0 - smoothstep(halfWidth * 0.45, halfWidth, abs(a));
  if (width <= 0.0) return vec3(0.0);
  float t = uTime;
  // The sheet's line on the ground: broad swings, and tighter folds drifting along it.
  float w1 = a * 2.1 + phase + t * 0.011;
  float w2 = a * 6.3 - phase * 1.7 - t * 0.017;
  float w3 = a * 12.5 + phase * 0.6 + t * 0.027;
  float d = dist * (1.0 + 0.18 * sin(w1) + 0.08 * sin(w2) + 0.04 * sin(w3));
  float slope = dist * (0.378 * cos(w1) + 0.504 * cos(w2) + 0.5 * cos(w3));
  float fold = min(sqrt(1.0 + slope * slope / (d * d)), 2.2);
  // Position along the sheet (its lower border is at height 1).
  float s = a * dist;
  float base = 1.0 + 0.16 * (noise1(s * 1.1 + t * 0.021, seed) - 0.5);
  float h = d * tanEl - base;
  float lower = smoothstep(-0.12, 0.05, h);
  if (lower <= 0.0) return vec3(0.0);
  float up = max(h, 0.0);
  float body = exp(-up / (0.5 * uAuroraReach));
  float high = exp(-up / (1.5 * uAuroraReach));
  // Soft vertical rays, drifting slowly along the sheet (a ray takes ~15 s to cross its width).
  float rays = 0.62 * noise1(s * 8.0 + t * 0.06, seed + 17U)
    + 0.38 * noise1(s * 21.0 - t * 0.045, seed + 31U);
  // Brighter and fainter stretches, coming and going over a minute or two.
  float patches = smoothstep(0.1, 0.85, noise1(s * 0.8 - t * 0.012, seed + 5U));
  float k = lower * width * fold * mix(0.3, 1.4, rays) * (0.25 + 0.75 * patches);
  return vec3(k * body, k * high, h);
}

vec3 curtainColor(vec3 c) {
  vec3 lowCol = mix(uAuroraEdge, uAuroraBody, smoothstep(0.0, 0.5, c.z));
  return lowCol * c.x + uAuroraHigh * (0.45 * max(c.y - c.x, 0.0));
}

// The northern lights in direction dir (unit). Nothing below the horizon.
vec3 auroraColor(vec3 dir) {
  if (dir.y <= 0.0) return vec3(0.0);
  float horizontal = length(dir.xz);
  float tanEl = dir.y / max(horizontal, 1e-3);
  float az = atan(dir.x, -dir.z);
  vec3 col = curtainColor(curtain(az, tanEl, 3.1, 0.3, 1.45, 0.0, 11U));
  col += 0.7 * curtainColor(curtain(az, tanEl, 6.5, -0.45, 0.85, 2.3, 47U));
  col += 0.3 * curtainColor(curtain(az, tanEl, 1.7, 0.55, 0.9, 4.1, 83U));
  // A faint green glow low in the north, where the lights' own glow fills the air.
  float north = 1.0 - smoothstep(0.6, 1.6, abs(az - 0.1));
  col += uAuroraEdge * (0.05 * north * exp(-dir.y * 9.0));
  return col * uAuroraGlow;
}
`;

/**
 * The thin crescent moon and the faint band of the Milky Way. Needs SKY_GLSL (uSunDir is the
 * moon's direction) and STAR_LOOKUP_GLSL (the Milky Way's pole).
 */
export const MOON_GLSL = /* glsl */ `
uniform vec3 uSunColor;
uniform float uSunRadius;
uniform vec3 uMoonPhase;

// The disc, lit on the side toward the (set) sun, with a dim earthshine on the rest.
// Returns colour and coverage.
vec4 moonDisc(vec3 dir) {
  vec3 offset = dir - uSunDir;
  if (dot(offset, offset) > uSunRadius * uSunRadius * 1.5) return vec4(0.0);
  vec3 right = normalize(cross(uSunDir, vec3(0.0, 1.0, 0.0)));
  vec3 up = cross(right, uSunDir);
  vec2 p = vec2(dot(offset, right), dot(offset, up)) / uSunRadius;
  float r2 = dot(p, p);
  float cover = 1.0 - smoothstep(0.8, 1.0, sqrt(r2));
  vec3 n = vec3(p, sqrt(max(1.0 - r2, 0.0)));
  float lit = smoothstep(-0.1, 0.15, dot(n, uMoonPhase));
  // Soft grey seas on the lit face.
  float seas = 1.0 - 0.22 * smoothstep(0.45, 0.0, length(p - vec2(0.25, -0.35)))
    - 0.15 * smoothstep(0.35, 0.0, length(p - vec2(0.5, 0.05)));
  return vec4(uSunColor * (lit * seas + 0.035), cover);
}

vec3 milkyWay(vec3 dir) {
  float band = dot(dir, MILKY_WAY_POLE);
  float along = atan(dir.x, -dir.z);
  float clouds = 0.7 + 0.3 * sin(along * 5.0 + 1.3) * sin(along * 11.0 + dir.y * 6.0);
  return vec3(0.55, 0.6, 0.8) * (0.018 * exp(-(band * band) / 0.02) * clouds
    * smoothstep(0.0, 0.35, dir.y));
}
`;
