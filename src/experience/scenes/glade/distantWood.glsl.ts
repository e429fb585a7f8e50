import { OUTPUT_GLSL } from '../common/sky.glsl.ts';
import { GLADE_GLSL } from './glade.glsl.ts';

export const DISTANT_WOOD_VERTEX = /* glsl */ `
${GLADE_GLSL}
attribute vec2 aWood;
varying vec2 vWood;
varying vec3 vHaze;
varying float vHazeAmount;
varying vec3 vDir;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vWood = aWood;
  vDir = -toEye / dist;
  vHazeAmount = gladeHazeAmount(dist);
  vHaze = gladeHaze(vDir);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

// vWood.x runs round the ring in metres, vWood.y is metres above the ground.
export const DISTANT_WOOD_FRAGMENT = /* glsl */ `
uniform vec3 uSkyLight;
uniform vec3 uSunLight;
uniform vec3 uBark;
uniform vec3 uLeaves;
uniform vec3 uSunDir;
uniform float uLightBoost;
varying vec2 vWood;
varying vec3 vHaze;
varying float vHazeAmount;
varying vec3 vDir;

float hash(float n) {
  return fract(sin(n * 0.731) * 1.9 + n * 0.6180339);
}

// A row of trunks seen from afar: 1 on a trunk, 0 between.
float trunks(float u, float spacing, float offset) {
  float x = u / spacing + offset;
  float id = floor(x);
  float w = 0.07 + 0.08 * hash(id);
  float centre = 0.3 + 0.4 * hash(id + 17.0);
  float d = abs(fract(x) - centre);
  float aa = fwidth(x) * 1.2;
  return 1.0 - smoothstep(w - aa, w + aa, d);
}

void main() {
  float u = vWood.x;
  float y = vWood.y;
  // The underside of the far canopy, ragged, and the trunks beneath it in two rows.
  float canopyBase = 6.5 + 1.6 * sin(u * 0.11) + 1.0 * sin(u * 0.37 + 1.0) + 0.5 * sin(u * 1.3);
  float leaves = smoothstep(canopyBase - 0.8, canopyBase + 0.8, y);
  float back = trunks(u, 2.3, 0.0);
  float front = trunks(u, 3.7, 0.43);
  // Between the trunks: the deep wood, a green shade with the occasional sunlit glade.
  float glow = smoothstep(0.2, 1.0, sin(u * 0.07 + 1.0) * sin(u * 0.19));
  vec3 shade = uLeaves * uSkyLight * 0.6;
  vec3 depth = mix(shade, vHaze, 0.45 + 0.35 * glow);
  vec3 col = mix(depth, uBark * uSkyLight * 0.6, back * 0.5);
  col = mix(col, uBark * uSkyLight * 0.45, front * 0.85);
  // The far canopy: darker beneath, catching the sun along its crown.
  float crown = smoothstep(canopyBase, canopyBase + 10.0, y);
  vec3 canopy = uLeaves * (uSkyLight * (0.4 + 0.4 * crown) + uSunLight * (0.3 * crown * uLightBoost));
  col = mix(col, canopy, leaves);
  gl_FragColor = vec4(mix(col, vHaze, vHazeAmount), 1.0);
  ${OUTPUT_GLSL}
}
`;
