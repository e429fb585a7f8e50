import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { HORIZON_SIN_MAX, HORIZON_SIN_MIN } from './lakeland.ts';
import { AURORA_GLSL, HASH_GLSL, MOON_GLSL } from './northernLights.glsl.ts';
import { STAR_LOOKUP_GLSL } from './starField.ts';

/** Directions (unit, on the water) of the three trains of faint ripples, and their wavenumbers. */
export const RIPPLES = [
  { dir: [0.36, 0.93], k: 2.4 },
  { dir: [-0.84, 0.54], k: 3.1 },
  { dir: [0.8, 0.6], k: 5.0 },
] as const;

const vec2 = (v: readonly [number, number], k = 1) => `vec2(${v[0] * k}, ${v[1] * k})`;

export const LAKE_VERTEX = /* glsl */ `
uniform vec3 uRipplePhase;
varying vec3 vWorld;
varying vec3 vRipple;
varying float vDetail;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec2 p = world.xz;
  // Phases of the ripple trains: linear in position, so interpolating them is exact.
  vRipple = vec3(
    dot(p, ${vec2(RIPPLES[0].dir, RIPPLES[0].k)}) - uRipplePhase.x,
    dot(p, ${vec2(RIPPLES[1].dir, RIPPLES[1].k)}) - uRipplePhase.y,
    dot(p, ${vec2(RIPPLES[2].dir, RIPPLES[2].k)}) - uRipplePhase.z);
  // No ripple detail far off, where it would be finer than a pixel.
  vDetail = 1.0 - smoothstep(30.0, 120.0, length(p - cameraPosition.xz));
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/**
 * A still lake at night. The mirror image is looked up, not rendered: the reflected ray's
 * direction gives the sky, the northern lights, the stars and the moon from the same functions
 * the sky uses, and the shores' silhouette (as seen from the eye's mirror image) from a small
 * texture built once at mount. Faint slow ripples tilt the mirror, so the lights waver softly.
 */
export const LAKE_FRAGMENT = /* glsl */ `
${SKY_GLSL}
${HASH_GLSL}
${AURORA_GLSL}
${STAR_LOOKUP_GLSL}
${MOON_GLSL}
uniform sampler2D uHorizon;
uniform vec3 uWater;
uniform vec3 uReflectedLand;
uniform vec3 uAuroraLight;
varying vec3 vWorld;
varying vec3 vRipple;
varying float vDetail;
#include <common>
#include <dithering_pars_fragment>

void main() {
  vec3 toPoint = vWorld - cameraPosition;
  float dist = length(toPoint);
  vec3 v = toPoint / dist;
  // Three trains of ripples, each bending the others' crests, each fading before it would be
  // finer than a pixel. (Derivatives are taken here, outside any branch.)
  vec3 width = fwidth(vRipple);
  vec3 fade = (1.0 - smoothstep(0.2, 0.6, width)) * vDetail;
  vec3 phase = vRipple + 1.3 * sin(vRipple.yzx * 0.37);
  vec3 amp = cos(phase) * fade * vec3(0.0065, 0.005, 0.0035);
  vec2 slope = amp.x * ${vec2(RIPPLES[0].dir)} + amp.y * ${vec2(RIPPLES[1].dir)}
    + amp.z * ${vec2(RIPPLES[2].dir)};
  vec3 n = normalize(vec3(-slope.x, 1.0, -slope.y));
  vec3 r = reflect(v, n);
  r.y = max(r.y, 0.0005);
  r = normalize(r);
  float fresnel = 0.02 + 0.98 * pow(1.0 - max(dot(n, -v), 0.0), 5.0);
  float pixel = length(fwidth(r));
  float edge = max(fwidth(r.y), 1e-4);

  // The shores' silhouettes in the mirror: the nearer (with pines), then the far hills.
  float az = atan(r.x, -r.z);
  vec4 horizon = texture2D(uHorizon, vec2(az * 0.15915494 + 0.5, 0.5));
  float nearTop = mix(${HORIZON_SIN_MIN.toFixed(3)}, ${HORIZON_SIN_MAX.toFixed(3)}, horizon.r);
  float farTop = mix(${HORIZON_SIN_MIN.toFixed(3)}, ${HORIZON_SIN_MAX.toFixed(3)}, horizon.g);
  float nearLand = 1.0 - smoothstep(nearTop - edge, nearTop + edge, r.y);
  float farLand = 1.0 - smoothstep(farTop - edge, farTop + edge, r.y);
  float land = max(nearLand, farLand);

  vec3 mirrored = skyColor(r) + milkyWay(r);
  if (land < 1.0) {
    vec4 moon = moonDisc(r);
    mirrored = mix(mirrored, moon.rgb, moon.a * 0.92);
    mirrored += auroraColor(r) + starAt(r, pixel);
    // The moon's path: a soft glow the ripples break into a wavering streak.
    float toMoon = 1.0 - dot(r, uSunDir);
    mirrored += uSunColor * (0.05 * exp(-toMoon * 900.0));
  }
  vec3 level = vec3(r.x, 0.0, r.z);
  vec3 farColor = mix(uReflectedLand, hazeColor(level, 0.5), 0.5);
  vec3 nearColor = mix(uReflectedLand, hazeColor(level, horizon.b), horizon.b);
  mirrored = mix(mirrored, farColor, farLand);
  mirrored = mix(mirrored, nearColor, nearLand);

  vec3 body = uWater + uAuroraLight * 0.02;
  vec3 col = mix(body, mirrored, fresnel);
  float haze = hazeAmount(dist);
  col = mix(col, hazeColor(v, haze), haze);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
  #include <dithering_fragment>
}
`;
