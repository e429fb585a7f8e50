import { OUTPUT_GLSL } from '../common/sky.glsl.ts';

/**
 * Shafts of sunlight slanting down through gaps in the canopy. Each instance is a quad stood on
 * the ground at its instance position, stretched along the sun's direction (length: the instance's
 * y scale, width: its x scale) and turned about that axis to face the eye.
 */
export const SHAFT_VERTEX = /* glsl */ `
uniform vec3 uSunDir;
uniform float uTime;
varying vec2 vUv;
varying float vStrength;

void main() {
  vec3 base = (modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  float width = length(instanceMatrix[0].xyz);
  float len = length(instanceMatrix[1].xyz);
  vec3 p = base + uSunDir * (position.y * len);
  vec3 toEye = cameraPosition - p;
  float dist = length(toEye);
  vec3 side = normalize(cross(uSunDir, toEye));
  p += side * (position.x * width);
  vUv = vec2(position.x * 2.0, position.y);
  // Each shaft waxes and wanes on its own slow swell (tens of seconds), as the leaves shift.
  float phase = base.x * 0.37 + base.z * 0.23;
  float swell = 0.65 + 0.35 * sin(uTime * 0.21 + phase) * sin(uTime * 0.13 + phase * 1.7);
  // Faint seen end-on, and gone near the eye, so no shaft ever passes across the face.
  float sideOn = 1.0 - abs(dot(uSunDir, toEye / dist));
  vStrength = swell * sideOn * smoothstep(5.0, 9.0, dist);
  gl_Position = projectionMatrix * viewMatrix * vec4(p, 1.0);
}
`;

export const SHAFT_FRAGMENT = /* glsl */ `
uniform vec3 uShaftColor;
uniform float uShaftBoost;
varying vec2 vUv;
varying float vStrength;

void main() {
  float across = 1.0 - vUv.x * vUv.x;
  across *= across * across;
  // Brightest low down where the dust is, fading up into the leaves and at the ground.
  float along = smoothstep(0.0, 0.12, vUv.y) * (1.0 - smoothstep(0.2, 0.85, vUv.y));
  gl_FragColor = vec4(uShaftColor * (across * along * vStrength * uShaftBoost), 1.0);
  ${OUTPUT_GLSL}
}
`;

/**
 * Pollen and specks of dust drifting in the air: each mote wanders slowly about its home on
 * three out-of-step swells, and glows where the sun reaches it.
 */
export const POLLEN_VERTEX = /* glsl */ `
uniform float uTime;
uniform float uPointScale;
uniform float uLightBoost;
uniform vec2 uLitCentre;
uniform float uLitRadius;
attribute vec4 aMote;
varying float vGlow;

void main() {
  vec3 p = position;
  float seed = aMote.x;
  float t = uTime * aMote.y;
  p += vec3(0.45 * sin(t + seed), 0.25 * sin(t * 0.7 + seed * 2.3), 0.45 * sin(t * 0.83 + seed * 3.7));
  vec4 view = viewMatrix * modelMatrix * vec4(p, 1.0);
  float depth = -view.z;
  // Brighter in the sunlit part of the glade; a slow shimmer as each mote turns in the light.
  float sun = 1.0 - smoothstep(uLitRadius - 3.0, uLitRadius + 2.0, length(p.xz - uLitCentre));
  float turn = 0.6 + 0.4 * sin(uTime * 0.5 * aMote.y + seed * 5.0);
  vGlow = (0.35 + 0.65 * sun) * turn * uLightBoost * smoothstep(1.2, 2.5, depth);
  gl_PointSize = clamp(aMote.z * uPointScale / max(depth, 0.1), 1.5, 24.0);
  gl_Position = projectionMatrix * view;
}
`;

export const POLLEN_FRAGMENT = /* glsl */ `
uniform vec3 uPollenColor;
varying float vGlow;

void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float r2 = dot(c, c);
  float soft = max(1.0 - r2, 0.0);
  gl_FragColor = vec4(uPollenColor * (soft * soft * vGlow), 1.0);
  ${OUTPUT_GLSL}
}
`;
