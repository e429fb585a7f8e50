import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';

/**
 * Light on the land at night, per vertex: the sky's blue from above, a darker bounce from below,
 * the crescent moon on slopes toward it, and the aurora's green from the north (breathing with
 * it). Needs SKY_GLSL for uSunDir (the moon).
 */
export const NIGHT_LIGHT_GLSL = /* glsl */ `
uniform vec3 uSkyLight;
uniform vec3 uGroundLight;
uniform vec3 uMoonLight;
uniform vec3 uAuroraLight;
const vec3 AURORA_LIGHT_DIR = vec3(0.08, 0.62, -0.78);

vec3 nightLight(vec3 n) {
  return mix(uGroundLight, uSkyLight, n.y * 0.5 + 0.5)
    + uMoonLight * max(dot(n, uSunDir), 0.0)
    + uAuroraLight * (0.35 + 0.65 * max(dot(n, AURORA_LIGHT_DIR), 0.0));
}
`;

export const LANDSCAPE_VERTEX = /* glsl */ `
${SKY_GLSL}
${NIGHT_LIGHT_GLSL}
varying vec3 vAlbedo;
varying vec3 vLight;
varying vec3 vWorld;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec3 n = normalize(mat3(modelMatrix) * normal);
  vec3 toPoint = world.xyz - cameraPosition;
  float dist = length(toPoint);
  vAlbedo = color;
  vLight = nightLight(n);
  vHazeAmount = hazeAmount(dist);
  vHaze = hazeColor(toPoint / dist, vHazeAmount);
  vWorld = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export function landscapeFragment(waterLevel: number): string {
  return /* glsl */ `
uniform vec3 uAuroraLight;
varying vec3 vAlbedo;
varying vec3 vLight;
varying vec3 vWorld;
varying vec3 vHaze;
varying float vHazeAmount;
#include <common>
#include <dithering_pars_fragment>

void main() {
  // Clumps of grass and heather near the viewer, gone before they are finer than a pixel.
  vec2 p = vWorld.xz;
  float clumpPhase = p.x * 2.3 + 1.7 * sin(p.y * 1.9 + p.x * 0.6);
  float clumps = sin(clumpPhase) * sin(p.y * 2.9 + 1.3 * sin(p.x * 1.4));
  float fade = 1.0 - smoothstep(0.4, 1.2, fwidth(clumpPhase));
  vec3 col = vAlbedo * vLight * (1.0 + 0.22 * clumps * fade);
  // Wet and darker just above the water, with a faint sheen of the lights.
  float wet = 1.0 - smoothstep(0.0, 0.07, vWorld.y - (${waterLevel.toFixed(4)}));
  col = col * (1.0 - 0.35 * wet) + uAuroraLight * (0.025 * wet);
  col = mix(col, vHaze, vHazeAmount);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
  #include <dithering_fragment>
}
`;
}
