import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';

export const GRASS_VERTEX = /* glsl */ `
${SKY_GLSL}
attribute float aTip;
uniform float uTime;
uniform vec3 uSkyLight;
uniform vec3 uSunLight;
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  // A slow sea breeze: tips sway a few centimetres, each tuft a little out of step.
  float gust = sin(uTime * 0.7 + world.x * 0.35 + world.z * 0.2);
  world.xz += vec2(0.05, 0.03) * gust * aTip * aTip;
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  // Darker at the root, tips catching the last of the sun.
  vColor = color * (uSkyLight * (0.45 + 0.45 * aTip) + uSunLight * (0.35 * aTip));
  vHazeAmount = hazeAmount(dist);
  vHaze = hazeColor(-toEye / dist, vHazeAmount);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const GRASS_FRAGMENT = /* glsl */ `
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  gl_FragColor = vec4(mix(vColor, vHaze, vHazeAmount), 1.0);
  ${OUTPUT_GLSL}
}
`;
