/**
 * A soft flame on a camera-facing quad: a teardrop of warm light whose edges sway slowly. Motion
 * is kept slow (a period of about a second or more) so it reads as a calm fire, never flashing.
 */
export const FLAME_VERTEX = /* glsl */ `
uniform vec2 uSize;
varying vec2 vUv;
void main() {
  vUv = uv;
  vec4 centre = modelViewMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  centre.xy += (uv - vec2(0.5, 0.0)) * uSize;
  gl_Position = projectionMatrix * centre;
}
`;

export const FLAME_FRAGMENT = /* glsl */ `
uniform float uTime;
uniform float uSeed;
uniform vec3 uCore;
uniform vec3 uEdge;
uniform float uBright;
varying vec2 vUv;
void main() {
  float y = vUv.y;
  float sway = sin(uTime * 1.7 + uSeed + y * 3.0) * 0.06 * y + sin(uTime * 2.9 + uSeed * 2.0) * 0.025 * y;
  float x = (vUv.x - 0.5 - sway) * 2.0;
  float width = (1.0 - y) * (0.55 + 0.45 * smoothstep(0.0, 0.25, y));
  float body = 1.0 - smoothstep(width * 0.35, width, abs(x));
  body *= smoothstep(0.0, 0.08, y) * (1.0 - smoothstep(0.55, 1.0, y));
  float core = 1.0 - smoothstep(0.0, width * 0.45, abs(x));
  core *= 1.0 - smoothstep(0.05, 0.5, y);
  vec3 col = mix(uEdge, uCore, core) * uBright;
  float a = clamp(body, 0.0, 1.0);
  gl_FragColor = vec4(col * a, a * 0.9);
}
`;

/** Embers: points that rise slowly and fade, looping on their own phase. */
export const EMBER_VERTEX = /* glsl */ `
uniform float uTime;
attribute float aPhase;
varying float vFade;
void main() {
  float t = fract(uTime * 0.12 + aPhase);
  vec3 p = position;
  p.y += t * 1.6;
  p.x += sin(uTime * 0.7 + aPhase * 20.0) * 0.15 * t;
  p.z += cos(uTime * 0.6 + aPhase * 13.0) * 0.15 * t;
  vFade = (1.0 - t) * smoothstep(0.0, 0.1, t);
  vec4 mv = modelViewMatrix * vec4(p, 1.0);
  gl_PointSize = 3.0 * (1.0 - t * 0.5);
  gl_Position = projectionMatrix * mv;
}
`;

export const EMBER_FRAGMENT = /* glsl */ `
uniform vec3 uColor;
varying float vFade;
void main() {
  vec2 c = gl_PointCoord - 0.5;
  float d = 1.0 - smoothstep(0.2, 0.5, length(c));
  gl_FragColor = vec4(uColor * d * vFade, d * vFade);
}
`;
