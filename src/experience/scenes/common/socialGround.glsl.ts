import { OUTPUT_GLSL, SKY_GLSL } from './sky.glsl.ts';

/** World position out of the vertex shader, for ground and water that fade into the sky. */
export const WORLD_POSITION_VERTEX = /* glsl */ `
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/**
 * Ground for the social scenes: a near and a far colour with a soft large-scale mottle, lit by
 * the sky, a warm pool of light at `uGlowCentre` (the fire, or the sun on the lawn) and hazed
 * into the horizon. `uStripe` adds faint mown stripes for a lawn (0 for sand).
 */
export const SOCIAL_GROUND_FRAGMENT = /* glsl */ `
${SKY_GLSL}
uniform vec3 uNear;
uniform vec3 uFar;
uniform vec3 uLight;
uniform vec3 uGlowColor;
uniform vec3 uGlowCentre;
uniform float uGlow;
uniform float uGlowRadius;
uniform float uStripe;
varying vec3 vWorld;
void main() {
  vec3 toPoint = vWorld - cameraPosition;
  float dist = length(toPoint);
  vec3 view = toPoint / dist;
  float fromCentre = length(vWorld.xz - uGlowCentre.xz);
  float mottle = 0.5 + 0.25 * sin(vWorld.x * 0.37 + sin(vWorld.z * 0.21) * 2.0)
    + 0.25 * sin(vWorld.z * 0.53 + vWorld.x * 0.11);
  vec3 col = mix(uNear, uFar, smoothstep(4.0, 40.0, fromCentre)) * (0.88 + 0.24 * mottle);
  float stripe = step(0.5, fract(vWorld.x * 0.25));
  col *= 1.0 + uStripe * (stripe - 0.5);
  col *= uLight;
  float pool = exp(-fromCentre * fromCentre / (uGlowRadius * uGlowRadius));
  col += uGlowColor * pool * uGlow;
  float haze = hazeAmount(dist);
  col = mix(col, hazeColor(view, haze), haze);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;

/**
 * Calm water: a few slow sine swells in the vertex shader, the sky reflected by a fresnel term
 * in the fragment shader (no reflection pass), a warm path of light toward `uGlowCentre`.
 */
export const SOCIAL_WATER_VERTEX = /* glsl */ `
uniform float uTime;
varying vec3 vWorld;
varying vec3 vNormal2;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  float a = world.x * 0.35 + world.z * 0.22 + uTime * 0.6;
  float b = world.x * -0.18 + world.z * 0.41 + uTime * 0.45;
  float damp = smoothstep(0.0, 6.0, length(world.xz));
  world.y += (sin(a) * 0.035 + sin(b) * 0.025) * damp;
  vNormal2 = normalize(vec3(-(cos(a) * 0.35 * 0.035 - cos(b) * 0.18 * 0.025) * damp, 1.0,
    -(cos(a) * 0.22 * 0.035 + cos(b) * 0.41 * 0.025) * damp));
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const SOCIAL_WATER_FRAGMENT = /* glsl */ `
${SKY_GLSL}
uniform vec3 uDeep;
uniform vec3 uGlowColor;
uniform float uGlow;
varying vec3 vWorld;
varying vec3 vNormal2;
void main() {
  vec3 toPoint = vWorld - cameraPosition;
  float dist = length(toPoint);
  vec3 view = toPoint / dist;
  vec3 n = normalize(vNormal2);
  vec3 r = reflect(view, n);
  r.y = abs(r.y);
  float fresnel = 0.04 + 0.96 * pow(1.0 - max(dot(-view, n), 0.0), 5.0);
  vec3 col = mix(uDeep, skyColor(normalize(r)), fresnel);
  // a soft glitter path under the sun
  float path = pow(max(dot(normalize(r), uSunDir), 0.0), 60.0);
  col += uGlowColor * path * uGlow;
  float haze = hazeAmount(dist);
  col = mix(col, hazeColor(view, haze), haze);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;
