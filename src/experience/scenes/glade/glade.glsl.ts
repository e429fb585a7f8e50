import { SKY_GLSL } from '../common/sky.glsl.ts';

/**
 * Light in the glade, shared by every shader here: the sky (for haze), the three light colours,
 * and where the sun reaches the ground through the leaves. Needs the uniforms of GladeUniforms.
 */
export const GLADE_GLSL = /* glsl */ `
${SKY_GLSL}
uniform float uTime;
uniform vec2 uDapplePhase;
uniform float uLightBoost;
uniform vec2 uLitCentre;
uniform float uLitRadius;
uniform vec3 uSkyLight;
uniform vec3 uGroundLight;
uniform vec3 uSunLight;

// Sun-flecks under the canopy: soft blotches from a warped pair of waves, drifting very slowly
// as the leaves above move. 0 in shade, up to 1 in a fleck.
float dapple(vec2 p) {
  vec2 q = p * 0.7;
  q += 0.9 * vec2(sin(q.y * 0.9 + uDapplePhase.x), sin(q.x * 0.8 + uDapplePhase.y));
  // Three waves at odd angles and lengths: a pattern that never lines up into rows.
  float v = sin(dot(q, vec2(1.9, 0.4))) + sin(dot(q, vec2(-0.8, 1.7))) + sin(dot(q, vec2(-1.2, -1.5)));
  // Larger drifts where the canopy is thinner, so the flecks gather in loose pools.
  float thin = sin(p.x * 0.23 + 1.7 * sin(p.y * 0.19)) * sin(p.y * 0.21 - p.x * 0.07);
  return smoothstep(0.9, 2.2, v + 0.9 * thin);
}

// The patch of ground the sun reaches through the open sky of the clearing (offset away from the
// sun by the trees' shadow): 1 inside, 0 under the leaves. Smooth, so per vertex is enough.
float sunPatch(vec2 xz) {
  vec2 q = xz - uLitCentre;
  float d = length(q);
  float a = atan(q.x, -q.y);
  float r = uLitRadius + 2.2 * cos(a) + 1.1 * sin(3.0 * a + 1.1) + 0.6 * sin(5.0 * a + 2.3);
  return 1.0 - smoothstep(r - 2.5, r + 1.0, d);
}

// How much direct sun reaches the ground at xz: the open patch, and flecks beneath the leaves.
float sunReach(vec2 xz) {
  return max(sunPatch(xz), 0.85 * dapple(xz));
}

// How much of the air's colour lies between the eye and something dist metres away: none in the
// clearing itself, so the nearby grass and trees keep their colour, thickening into the wood.
float gladeHazeAmount(float dist) {
  return 1.0 - exp(-max(dist - 10.0, 0.0) / uHazeDistance);
}

// The air's colour looking along dir: the horizon's, so the far wood melts into the sky.
vec3 gladeHaze(vec3 dir) {
  vec2 level = normalize(dir.xz + vec2(1e-4, 0.0));
  return skyColor(vec3(level.x, 0.0, level.y));
}
`;
