import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { SHORE_GLSL } from './shore.glsl.ts';

export const SEA_VERTEX = /* glsl */ `
${SKY_GLSL}
attribute float aGround;
uniform float uTime;
uniform float uSeaLevel;
uniform float uWaveHeight;
uniform vec3 uRipplePhase;
varying vec3 vWorldPos;
varying vec3 vNormal;
varying float vDepth;
varying vec3 vSkyRefl;
varying vec3 vHaze;
varying float vHazeAmount;
varying vec3 vRipple;
varying vec2 vDetail;

// One slow Gerstner wave travelling along dir (unit): k is 2π/wavelength, w its angular speed.
// Its slope fades once the grid is too coarse to carry it, so nothing shimmers in the distance.
void wave(vec2 p, float dist, vec2 dir, float k, float w, float amp, float steep,
          inout vec3 offset, inout vec2 slope) {
  float phase = k * dot(dir, p) - w * uTime;
  float s = sin(phase);
  float c = cos(phase);
  offset.y += amp * s;
  offset.xz += dir * (steep * amp * c);
  slope += dir * (amp * k * c * (1.0 - smoothstep(15.0, 45.0, dist * k)));
}

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec2 p = world.xz;
  float depth = uSeaLevel - aGround;
  float dist = length(p - cameraPosition.xz);
  // Waves die away in the shallows, so the waterline stays a clean line on the sand.
  float amp = uWaveHeight * smoothstep(0.0, 0.6, depth);
  vec3 offset = vec3(0.0);
  vec2 slope = vec2(0.0);
  // Long, slow swells (periods of about 5 to 13 s) run almost straight at the shore; the
  // cross-chop is short and fades with distance.
  wave(p, dist, vec2(0.1, 0.995), 0.36, 0.47, 0.028 * amp, 0.6, offset, slope);
  wave(p, dist, vec2(-0.15, 0.99), 0.52, 0.56, 0.012 * amp, 0.6, offset, slope);
  wave(p, dist, vec2(0.25, 0.97), 0.8, 0.7, 0.006 * amp, 0.5, offset, slope);
  wave(p, dist, vec2(-0.5, 0.87), 1.3, 0.89, 0.004 * amp, 0.5, offset, slope);
  wave(p, dist, vec2(0.7, 0.71), 2.0, 1.1, 0.0025 * amp, 0.4, offset, slope);
  wave(p, dist, vec2(-0.8, 0.6), 3.0, 1.35, 0.0015 * amp, 0.4, offset, slope);
  world.xyz += offset;
  world.y += uSeaLevel;
  vNormal = normalize(vec3(-slope.x, 1.0, -slope.y));
  vec3 toEye = cameraPosition - world.xyz;
  float eyeDist = length(toEye);
  vec3 v = toEye / eyeDist;
  vec3 r = reflect(-v, vNormal);
  // Wind patches: rougher water mirrors sky from higher up (darker), glassy slicks mirror the
  // bright horizon. At a distance they read as the long soft streaks of a calm evening sea.
  float patches = sin(p.x * 0.021 + 1.7 * sin(p.y * 0.013 + uTime * 0.01))
    * sin(p.y * 0.029 - p.x * 0.006 + uTime * 0.013);
  r.y = abs(r.y) + 0.035 * smoothstep(-0.2, 0.6, patches);
  vSkyRefl = skyColor(normalize(r));
  vHazeAmount = hazeAmount(eyeDist);
  vHaze = hazeColor(-v, vHazeAmount);
  vDepth = depth + offset.y;
  // Phases of three trains of fine ripples, drawn in the fragment shader. Linear in position, so
  // interpolating them across a triangle is exact.
  vRipple = vec3(dot(p, vec2(1.5, 3.4)) - uRipplePhase.x, dot(p, vec2(-3.9, 2.6)) - uRipplePhase.y,
    dot(p, vec2(6.1, 4.4)) - uRipplePhase.z);
  // How much fine (x) and coarse (y) ripple detail to draw: none far off, where the pattern would
  // be finer than a pixel (and where a mediump fragment shader could not hold its phase).
  vDetail = vec2(1.0 - smoothstep(20.0, 60.0, dist), 1.0 - smoothstep(60.0, 160.0, dist));
  vWorldPos = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const SEA_FRAGMENT = /* glsl */ `
uniform vec3 uSunDir;
uniform vec3 uSkyLight;
uniform vec3 uDeepWater;
uniform vec3 uShallowWater;
uniform vec3 uGlitterColor;
uniform vec3 uFoamColor;
uniform vec3 uOrbPos;
uniform vec3 uOrbColor;
uniform float uOrbLight;
varying vec3 vWorldPos;
varying vec3 vNormal;
varying float vDepth;
varying vec3 vSkyRefl;
varying vec3 vHaze;
varying float vHazeAmount;
varying vec3 vRipple;
varying vec2 vDetail;
${SHORE_GLSL}

void main() {
  // Each ripple train fades out before it gets finer than a pixel (no sparkle noise far away).
  // (Derivatives are taken here, outside any branch, where they are well defined.)
  vec3 rippleWidth = fwidth(vRipple);
  vec3 fade = (1.0 - smoothstep(0.12, 0.45, rippleWidth)) * vDetail.x;
  // Each train's crests are bent by another's phase, so no ripple runs dead straight.
  vec3 phase = vRipple + 1.3 * sin(vRipple.yzx * 0.37);
  vec3 ripple = cos(phase) * fade * vec3(0.03, 0.025, 0.02);
  vec2 tilt = vec2(ripple.x * 0.4 - ripple.y * 0.83 + ripple.z * 0.81,
    ripple.x * 0.91 + ripple.y * 0.55 + ripple.z * 0.59);
  vec3 n = normalize(vNormal + vec3(tilt.x, 0.0, tilt.y));
  vec3 v = normalize(cameraPosition - vWorldPos);
  float fresnel = 0.02 + 0.98 * pow(1.0 - max(dot(n, v), 0.0), 5.0);
  // The sky reflection comes per vertex; ripples tilted away from the eye mirror sky nearer the
  // bright horizon, tilted toward it sky higher up: a cheap per-pixel sparkle of the reflection.
  float away = dot(tilt, normalize(-v.xz));
  vec3 sky = vSkyRefl * clamp(1.0 + 2.5 * away, 0.8, 1.25);
  // Sand shows through the shallows, dappled by light focused through the ripples.
  float shallow = 1.0 - smoothstep(0.0, 0.12, vDepth);
  float dapple = sin(phase.x) * sin(phase.y) * fade.x * fade.y;
  vec3 body = mix(uDeepWater, uShallowWater * (1.0 + 0.15 * dapple), shallow);
  vec3 col = mix(body, sky, fresnel * (1.0 - 0.4 * shallow));
  // The sun's path: a broad warm sheen and, within it, glints off the ripples.
  float toSun = max(dot(reflect(-v, n), uSunDir), 0.0);
  // Broken up further out by a coarser pattern, so the path glitters rather than glows. Only
  // computed inside the path (a coherent branch, cheap on mobile GPUs).
  if (toSun > 0.9) {
    vec2 coarse = vRipple.xy * 0.23;
    float breakup = (1.0 - smoothstep(0.3, 0.9, rippleWidth.x * 0.23)) * vDetail.y;
    float pattern = smoothstep(0.1, 0.8, sin(coarse.x) * sin(coarse.y + phase.z * 0.1));
    float sparkle = mix(1.0, 0.3 + 1.4 * pattern, breakup);
    col += uGlitterColor * (0.14 * pow(toSun, 60.0) * sparkle + 1.5 * pow(toSun, 500.0));
  }
  // Foam at the edge of the water, and a few lacy patches just beyond it.
  if (vDepth < 0.025) {
    float lace = foamLace(vWorldPos.xz);
    float edge = 1.0 - smoothstep(0.0, 0.004 + 0.01 * lace, vDepth);
    float patches = smoothstep(0.7, 0.9, lace) * (1.0 - smoothstep(0.006, 0.025, vDepth));
    float foam = max(edge * (0.35 + 0.55 * lace), patches * 0.3);
    col = mix(col, uFoamColor * uSkyLight, foam);
  }
  vec3 toOrb = uOrbPos - vWorldPos;
  col += uOrbColor * (uOrbLight * 0.08 / (1.0 + 2.5 * dot(toOrb, toOrb)));
  col = mix(col, vHaze, vHazeAmount);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;
