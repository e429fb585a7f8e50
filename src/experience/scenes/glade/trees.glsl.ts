import { OUTPUT_GLSL } from '../common/sky.glsl.ts';
import { GLADE_GLSL } from './glade.glsl.ts';

export const TRUNK_VERTEX = /* glsl */ `
${GLADE_GLSL}
attribute float aShade;
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  vec3 n = normalize(mat3(modelMatrix) * mat3(instanceMatrix) * normal);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vec3 v = toEye / dist;
  // Sky from above and the green bounce from the turf; the sun where it reaches through.
  float sun = sunReach(world.xz) * (0.55 + 0.45 * smoothstep(2.0, 14.0, world.y)) * uLightBoost;
  vec3 light = mix(uGroundLight, uSkyLight, n.y * 0.5 + 0.5) * 0.9
    + uSunLight * (max(dot(n, uSunDir), 0.0) * sun);
  // Bark catches a soft rim of light on the edge facing the sun, seen against it.
  float rim = pow(1.0 - abs(dot(n, v)), 3.0) * max(dot(-v, uSunDir), 0.0);
  light += uSunLight * (0.35 * rim * sun);
  vColor = instanceColor * aShade * light;
  vHazeAmount = gladeHazeAmount(dist);
  vHaze = gladeHaze(-v);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const LEAVES_VERTEX = /* glsl */ `
${GLADE_GLSL}
attribute float aShade;
uniform vec3 uLeafGlow;
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * instanceMatrix * vec4(position, 1.0);
  // The leaves stir: each clump drifts a few centimetres, slowly and out of step with the next.
  float stir = sin(uTime * 0.45 + world.x * 0.21 + world.z * 0.17)
    + 0.5 * sin(uTime * 0.7 + world.y * 0.9 + world.x * 0.3);
  world.xz += vec2(0.05, 0.035) * stir * smoothstep(1.0, 8.0, world.y);
  vec3 n = normalize(mat3(modelMatrix) * mat3(instanceMatrix) * normal);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vec3 v = toEye / dist;
  float sunN = dot(n, uSunDir);
  float open = 0.6 + 0.4 * smoothstep(4.0, 16.0, world.y);
  vec3 albedo = color * instanceColor;
  vec3 light = mix(uGroundLight, uSkyLight, n.y * 0.5 + 0.5) * (0.35 + 0.65 * aShade)
    + uSunLight * (max(sunN * 0.75 + 0.25, 0.0) * aShade * open * uLightBoost);
  // Looking toward the sun through the leaves, they glow green-gold.
  float through = pow(max(dot(-v, uSunDir), 0.0), 3.0) * max(-sunN * 0.6 + 0.4, 0.0);
  vColor = albedo * light + uLeafGlow * albedo * (1.6 * through * aShade * uLightBoost);
  vHazeAmount = gladeHazeAmount(dist);
  vHaze = gladeHaze(-v);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

/** Trunks and leaves share one fragment shader: all their light is worked out per vertex. */
export const HAZED_FRAGMENT = /* glsl */ `
varying vec3 vColor;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  gl_FragColor = vec4(mix(vColor, vHaze, vHazeAmount), 1.0);
  ${OUTPUT_GLSL}
}
`;
