import { OUTPUT_GLSL } from '../common/sky.glsl.ts';
import { GLADE_GLSL } from './glade.glsl.ts';

export const GROUND_VERTEX = /* glsl */ `
${GLADE_GLSL}
attribute float aCanopy;
varying vec3 vWorldPos;
varying vec3 vAlbedo;
varying vec3 vAmbient;
varying float vSunFacing;
varying float vOpen;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec3 n = normalize(mat3(modelMatrix) * normal);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vAlbedo = color;
  // Under the leaves the sky is mostly hidden: the shade there is deeper and greener.
  vAmbient = mix(uSkyLight, uGroundLight * 1.4, aCanopy * 0.6) * (1.0 - 0.4 * aCanopy);
  vSunFacing = max(dot(n, uSunDir), 0.0);
  vOpen = sunPatch(world.xz);
  vHazeAmount = gladeHazeAmount(dist);
  vHaze = gladeHaze(-toEye / dist);
  vWorldPos = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const GROUND_FRAGMENT = /* glsl */ `
${GLADE_GLSL}
uniform vec3 uOrbPos;
uniform vec3 uOrbColor;
uniform float uOrbLight;
varying vec3 vWorldPos;
varying vec3 vAlbedo;
varying vec3 vAmbient;
varying float vSunFacing;
varying float vOpen;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec2 p = vWorldPos.xz;
  // Fine texture of the turf close by, gone before it is finer than a pixel.
  float grainPhase = dot(p, vec2(7.1, 5.3)) + 2.0 * sin(p.x * 3.1 - p.y * 2.3);
  float grainFade = 1.0 - smoothstep(0.4, 1.2, fwidth(grainPhase));
  float grain = sin(grainPhase) * sin(p.y * 6.3 - p.x * 4.7 + 1.3 * sin(p.x * 1.9)) * grainFade;
  vec3 albedo = vAlbedo * (1.0 + 0.12 * grain);
  // Flecks only matter in the shade: skip the pattern where the sun falls openly.
  float fleck = vOpen < 0.99 ? 0.85 * dapple(p) : 0.0;
  float sun = max(vOpen, fleck) * uLightBoost;
  vec3 col = albedo * (vAmbient + uSunLight * (vSunFacing * sun));
  // The breathing light's warm pool on the grass beneath it.
  vec3 toOrb = uOrbPos - vWorldPos;
  col += uOrbColor * albedo * (uOrbLight * 0.3 / (1.0 + 2.5 * dot(toOrb, toOrb)));
  col = mix(col, vHaze, vHazeAmount);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;
