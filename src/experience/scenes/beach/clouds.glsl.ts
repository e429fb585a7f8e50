import { OUTPUT_GLSL } from '../common/sky.glsl.ts';

export const CLOUDS_VERTEX = /* glsl */ `
attribute vec2 aCorner;
attribute vec2 aShape;
uniform float uTime;
uniform vec3 uSunDir;
uniform vec3 uCloudLit;
uniform vec3 uCloudShade;
uniform vec3 uSkyGlow;
varying vec2 vUv;
varying vec2 vShape;
varying vec3 vLit;
varying vec3 vShade;
varying float vFade;

// The whole cloudscape turns very slowly about the viewer (about a degree a minute).
const float DRIFT = 0.0003;

void main() {
  float a = uTime * DRIFT;
  float c = cos(a);
  float s = sin(a);
  vec3 p = vec3(c * position.x - s * position.z, position.y, s * position.x + c * position.z);
  vec3 dir = normalize(p);
  // Lit from below by the sun under the horizon's edge: gold near it, rose and lilac away.
  float sunward = dot(normalize(dir.xz), normalize(uSunDir.xz)) * 0.5 + 0.5;
  float near = exp(-length(dir - uSunDir) * 3.0);
  vLit = mix(uCloudShade * 1.2, uCloudLit, sunward * sunward) + uSkyGlow * near * 0.6;
  vShade = uCloudShade * (0.7 + 0.3 * sunward);
  vFade = smoothstep(0.02, 0.08, dir.y);
  vUv = aCorner;
  vShape = aShape;
  gl_Position = projectionMatrix * viewMatrix * vec4(p, 1.0);
}
`;

// vUv is -1..1 across the cloud's quad; vShape.x seeds its outline, vShape.y is its opacity.
export const CLOUDS_FRAGMENT = /* glsl */ `
varying vec2 vUv;
varying vec2 vShape;
varying vec3 vLit;
varying vec3 vShade;
varying float vFade;

void main() {
  float x = vUv.x;
  float seed = vShape.x;
  float taper = 1.0 - x * x;
  // A lens with a lumpy top and a flatter, brighter base.
  float lumps = 0.7 + 0.2 * sin(x * 6.0 + seed) + 0.1 * sin(x * 15.0 + seed * 3.0);
  float top = 0.1 + 0.8 * taper * lumps;
  float base = -0.15 - 0.55 * taper * (0.8 + 0.2 * sin(x * 4.0 + seed * 2.0));
  float inside = smoothstep(base, base + 0.35, vUv.y) * (1.0 - smoothstep(top - 0.45, top, vUv.y));
  float under = 1.0 - smoothstep(base, top, vUv.y);
  float streaks = 0.9 + 0.1 * sin(vUv.y * 9.0 + x * 3.0 + seed);
  vec3 col = mix(vShade, vLit, under * under) * streaks;
  float alpha = inside * taper * vShape.y * vFade;
  gl_FragColor = vec4(col, alpha);
  ${OUTPUT_GLSL}
}
`;
