import { OUTPUT_GLSL, SKY_GLSL } from '../common/sky.glsl.ts';
import { SHORE_GLSL } from './shore.glsl.ts';

export const LAND_VERTEX = /* glsl */ `
${SKY_GLSL}
uniform vec3 uSkyLight;
uniform vec3 uGroundLight;
uniform vec3 uSunLight;
varying vec3 vWorldPos;
varying vec3 vAlbedo;
varying vec3 vLight;
varying vec3 vSkyRefl;
varying float vFresnel;
varying vec3 vHaze;
varying float vHazeAmount;

void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vec3 n = normalize(mat3(modelMatrix) * normal);
  vec3 toEye = cameraPosition - world.xyz;
  float dist = length(toEye);
  vec3 v = toEye / dist;
  vAlbedo = color;
  // Lit per vertex: sky from above, warm bounce from below, and the low sun on faces toward it.
  vLight = mix(uGroundLight, uSkyLight, n.y * 0.5 + 0.5) + uSunLight * max(dot(n, uSunDir), 0.0);
  // Wet sand is a rough mirror of the sky, brightest at grazing angles.
  vSkyRefl = skyColor(normalize(reflect(-v, vec3(0.0, 1.0, 0.0))));
  vFresnel = 0.15 + 0.6 * pow(1.0 - max(v.y, 0.0), 3.0);
  vHazeAmount = hazeAmount(dist);
  vHaze = hazeColor(-v, vHazeAmount);
  vWorldPos = world.xyz;
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const LAND_FRAGMENT = /* glsl */ `
uniform vec3 uSunDir;
uniform vec3 uSunColor;
uniform float uSeaLevel;
uniform float uWetLine;
uniform vec3 uFoamColor;
uniform vec3 uOrbPos;
uniform vec3 uOrbColor;
uniform float uOrbLight;
varying vec3 vWorldPos;
varying vec3 vAlbedo;
varying vec3 vLight;
varying vec3 vSkyRefl;
varying float vFresnel;
varying vec3 vHaze;
varying float vHazeAmount;
${SHORE_GLSL}

void main() {
  float above = vWorldPos.y - uSeaLevel;
  // Wet below the swash's reach, wettest just behind the moving edge of the water.
  float wet = 0.7 * (1.0 - smoothstep(0.0, 0.025, vWorldPos.y - uWetLine));
  wet = max(wet, 1.0 - smoothstep(0.0, 0.015, above));
  // Wind ripples in the dry sand, gone before they are finer than a pixel.
  float ripplePhase = dot(vWorldPos.xz, vec2(1.3, 7.0)) + 1.6 * sin(vWorldPos.x * 0.9 + vWorldPos.z * 0.5);
  // (Also gone with distance: far off they would be sub-pixel, and beyond mediump's precision.)
  float rippleFade = (1.0 - smoothstep(0.3, 1.0, fwidth(ripplePhase)))
    * (1.0 - smoothstep(0.03, 0.1, vHazeAmount));
  float sandRipple = sin(ripplePhase) * rippleFade * (1.0 - wet);
  vec3 albedo = vAlbedo * (1.0 - 0.35 * wet) * (1.0 + 0.05 * sandRipple);
  vec3 col = albedo * vLight;
  col = mix(col, vSkyRefl, vFresnel * wet * 0.8);
  if (wet > 0.0) {
    // The sun's path continues faintly across the wet sand.
    vec3 v = normalize(cameraPosition - vWorldPos);
    vec3 r = reflect(-v, vec3(0.0, 1.0, 0.0));
    float glint = pow(max(dot(r, uSunDir), 0.0), 40.0);
    col += uSunColor * (0.18 * glint * wet);
    // A lacy line of foam riding the water's edge up and back.
    float lace = foamLace(vWorldPos.xz);
    float foam = smoothstep(-0.004, 0.001, above) * (1.0 - smoothstep(0.0015, 0.004 + 0.006 * lace, above));
    col = mix(col, uFoamColor * vLight, foam * (0.35 + 0.55 * lace));
  }
  // The breathing light's warm pool on the sand beneath it.
  vec3 toOrb = uOrbPos - vWorldPos;
  col += uOrbColor * albedo * (uOrbLight * 0.3 / (1.0 + 2.5 * dot(toOrb, toOrb)));
  col = mix(col, vHaze, vHazeAmount);
  gl_FragColor = vec4(col, 1.0);
  ${OUTPUT_GLSL}
}
`;
